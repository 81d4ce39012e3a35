// Type entry for the platform files (open-file.weapp.ts / open-file.h5.ts are picked at build).
export { openExport } from './open-file.h5'
