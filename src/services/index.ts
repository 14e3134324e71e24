/**
 * The public surface of src/services/: what other folders may import (style.md §3.1).
 */
export { SERVICE_NAMES, createServices } from './services.js'
export { isServiceName } from './services.js'
export {
  BANNED_BODY_CHARS,
  ServiceBan,
  forbiddenReplyText,
  parseForbiddenServices,
} from './bans.js'
export type { ServiceBanResult, ServiceBanViolation } from './bans.js'
export { BACKEND_PREFIX, BackendPool } from './backends.js'
export { COMPUTE_SERVICE, ComputeService } from './compute.js'
export type { ComputeCall, ComputeOptions } from './compute.js'
