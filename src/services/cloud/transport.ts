// Typed default for the per-platform transports (transport.weapp.ts, transport.h5.ts).
// Taro picks the platform file at build time; this one only runs on unsupported platforms.
import type { ApiRequest } from '@/common/api'

/** Sends one request to the `api` cloud function and resolves with what the function returned. */
export type Transport = (request: ApiRequest) => Promise<unknown>

export const send: Transport = async () => {
  throw new Error(`No cloud transport for platform "${process.env.TARO_ENV}"`)
}
