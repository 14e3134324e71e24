/**
 * The GitHub Action entry point. (Placeholder; owned by the Action work.)
 */
import * as core from '@actions/core'

export async function run(): Promise<void> {
  core.info('dsgrade action')
}

await run()
