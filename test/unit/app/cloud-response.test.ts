import { readResponse } from '@/services/cloud/response'
import { isCloudError } from '@/services/cloud/errors'

const profile = {
  openid: 'demo-worker',
  displayName: '李秀英',
  language: 'zh-CN',
  memberships: [],
  createdAt: '2025-01-01T00:00:00.000Z'
}

function caught(fn: () => unknown): { code: string; message: string } {
  try {
    fn()
  } catch (err) {
    if (isCloudError(err)) return { code: err.code, message: err.message }
    throw err
  }
  throw new Error('expected a CloudError')
}

describe('readResponse', () => {
  test('returns validated data', () => {
    expect(readResponse('me.get', { ok: true, data: profile }, 'zh-CN')).toEqual(profile)
  })

  test('passes the server error through (message already localised)', () => {
    const raw = { ok: false, error: { code: 'FORBIDDEN', message: 'You do not have permission to do this.' } }
    expect(caught(() => readResponse('me.get', raw, 'en'))).toEqual({ code: 'FORBIDDEN', message: 'You do not have permission to do this.' })
  })

  test('a reply that breaks the envelope is INTERNAL in the caller language', () => {
    expect(caught(() => readResponse('me.get', { ok: true }, 'en'))).toEqual({
      code: 'INTERNAL',
      message: 'Something went wrong on our side. Please try again later.'
    })
    expect(caught(() => readResponse('me.get', { ok: false, error: { code: 'FORBIDDEN' } }, 'en')).code).toBe('INTERNAL')
    expect(caught(() => readResponse('me.get', undefined, 'zh-CN')).code).toBe('INTERNAL')
    expect(caught(() => readResponse('me.get', { ok: false, error: { code: 'NOPE' } }, 'zh-CN')).code).toBe('INTERNAL')
  })
})
