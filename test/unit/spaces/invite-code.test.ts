import { randomInt } from 'crypto'
import { generateInviteCode, INVITE_CODE_ALPHABET, isValidInviteCode } from '../../../src/common/spaces/invite-code'

test('the alphabet has no characters that read alike (0/O, 1/I/L)', () => {
  for (const c of '01OIL') expect(INVITE_CODE_ALPHABET).not.toContain(c)
  expect(new Set(INVITE_CODE_ALPHABET).size).toBe(INVITE_CODE_ALPHABET.length)
})

test('generated codes are 10 characters of the alphabet, and valid', () => {
  const codes = Array.from({ length: 500 }, () => generateInviteCode(randomInt))
  for (const code of codes) {
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/)
    expect(isValidInviteCode(code)).toBe(true)
  }
  expect(new Set(codes).size).toBe(500)
})

test('operator-given codes need 8-32 characters of the alphabet', () => {
  expect(isValidInviteCode('SUMMER26')).toBe(true)
  for (const bad of ['PLANT2', 'DEMO2026', 'ABCDEFG', 'HAPPY-26', 'summer26', 'A'.repeat(33)]) expect(isValidInviteCode(bad)).toBe(false)
})
