// WeChat: identity comes from the platform (OPENID in the cloud function). No dev sign-in.
import type { PropsWithChildren } from 'react'

export default function DevSignInGate({ children }: PropsWithChildren): JSX.Element {
  return <>{children}</>
}
