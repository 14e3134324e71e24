/**
 * The public surface of src/services/: what other folders may import (style.md §3.1).
 */
export { SERVICE_NAMES, createServices } from './services.js'
