import { createHash } from 'crypto'

/** Short deterministic ids (≤ 64 chars, the contract's IdSchema) from a long natural key. */
export function idFor(key: string, prefix = 'r'): string {
  return prefix + createHash('sha256').update(key).digest('base64url').slice(0, 30)
}
