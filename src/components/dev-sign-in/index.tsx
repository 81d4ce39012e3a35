// Typed default for the platform files. Only index.h5.tsx has a sign-in screen; every other
// platform (weapp) renders the page as is, so the dev sign-in cannot exist in the mini program.
import type { PropsWithChildren } from 'react'

export default function DevSignInGate({ children }: PropsWithChildren): JSX.Element {
  return <>{children}</>
}
