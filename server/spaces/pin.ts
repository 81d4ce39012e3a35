// Pickup PINs: stored only as a salted scrypt hash, compared in constant time.
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'crypto'

const KEYLEN = 32
const COST = { N: 16384, r: 8, p: 1 }

function scrypt(pin: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(pin, salt, KEYLEN, COST, (err, key) => (err ? reject(err) : resolve(key))))
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16)
  return `scrypt$${salt.toString('hex')}$${(await scrypt(pin, salt)).toString('hex')}`
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, saltHex, hashHex] = stored.split('$')
  if (scheme !== 'scrypt' || !saltHex || !hashHex) return false
  const expected = Buffer.from(hashHex, 'hex')
  const actual = await scrypt(pin, Buffer.from(saltHex, 'hex'))
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
