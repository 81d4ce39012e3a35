// Type entry for the platform files (index.weapp.tsx / index.h5.tsx are picked at build).
export { default } from './index.h5'
