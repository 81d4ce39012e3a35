// Holds the privacy-authorization request WeChat is waiting on, so any page's popup can answer it.
export interface PrivacyResolveOption {
  event: 'exposureAuthorization' | 'agree' | 'disagree'
  buttonId?: string
}
export type PrivacyResolve = (option: PrivacyResolveOption) => void

type Listener = (pending: boolean) => void

let pendingResolve: PrivacyResolve | null = null
const listeners = new Set<Listener>()

function notify(): void {
  listeners.forEach((listener) => listener(pendingResolve !== null))
}

export function setPendingPrivacy(resolve: PrivacyResolve): void {
  pendingResolve = resolve
  notify()
}

export function hasPendingPrivacy(): boolean {
  return pendingResolve !== null
}

/** Tells WeChat the popup was shown (it asks for this before agree/disagree). */
export function reportPrivacyExposure(): void {
  pendingResolve?.({ event: 'exposureAuthorization' })
}

export function answerPrivacy(option: PrivacyResolveOption): void {
  const resolve = pendingResolve
  pendingResolve = null
  resolve?.(option)
  notify()
}

export function subscribePrivacy(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
