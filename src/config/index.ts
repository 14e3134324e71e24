/** The `dsgrade.yml` loader: the only way the Action learns what to build and grade. */
export { loadConfig, parseConfig } from './load.js'
export type { DsgradeConfig, TrackConfig } from './load.js'
