/**
 * The `dsgrade` command line: argv in, exit code out. (Placeholder until the engine lands;
 * owned by the run/CLI work.)
 */
import { packageVersion } from '../shared/paths.js'

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--version')) {
    process.stdout.write(`dsgrade ${packageVersion()}\n`)
    return 0
  }
  process.stdout.write('usage: dsgrade <test|check|tracks|demo> [options]\n')
  return 0
}

process.exitCode = await main(process.argv.slice(2))
