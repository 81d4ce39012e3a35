// Factory invite codes: long enough not to be guessed (31^8 ≈ 8.5e11 codes)
// and read aloud or typed from a poster without mixing up 0/O, 1/I/L.
export const INVITE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const INVITE_CODE_MIN_LENGTH = 8
export const INVITE_CODE_MAX_LENGTH = 32

const PATTERN = new RegExp(`^[${INVITE_CODE_ALPHABET}]{${INVITE_CODE_MIN_LENGTH},${INVITE_CODE_MAX_LENGTH}}$`)

/** A code an operator may set (after upper-casing): 8-32 characters of the alphabet. */
export function isValidInviteCode(code: string): boolean {
  return PATTERN.test(code)
}

/** A fresh code; `randomInt(n)` must be a cryptographic source of 0..n-1 (crypto.randomInt). */
export function generateInviteCode(randomInt: (n: number) => number, length = 10): string {
  let code = ''
  for (let i = 0; i < length; i++) code += INVITE_CODE_ALPHABET[randomInt(INVITE_CODE_ALPHABET.length)]
  return code
}
