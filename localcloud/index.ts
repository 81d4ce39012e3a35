export { LocalCloud, startLocalCloud, type LocalCloudOptions } from './server'
export { DEMO_IDENTITIES, DEMO_FACTORY } from './seed'
export * from './paths'
export { sdkEnv } from './sdk-env'
