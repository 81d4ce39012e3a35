// A client-made key that makes a create safe to retry (the server returns the same record).
export function newRequestId(): string {
  return `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
}
