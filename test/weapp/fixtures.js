// Profiles and cloud stubs shaped like src/common/schemas/me.ts (ProfileSchema).
function workerProfile(overrides = {}) {
  return {
    openid: 'demo-worker',
    displayName: '李秀英',
    language: 'zh-CN',
    memberships: [
      { factoryId: 'factory-1', factoryName: { 'zh-CN': '东莞阳光电子厂', en: 'Sunshine Electronics' }, roles: ['worker'] }
    ],
    createdAt: '2025-01-01T00:00:00.000Z',
    ...overrides
  }
}

/** A fake `api` function: me.get returns the profile, me.update applies the language. */
function fakeApi(profile = workerProfile()) {
  const state = { profile: { ...profile }, requests: [] }
  state.handler = (request) => {
    state.requests.push(request)
    if (request.action === 'me.get') return { ok: true, data: state.profile }
    if (request.action === 'me.update') {
      state.profile = { ...state.profile, ...request.payload }
      return { ok: true, data: state.profile }
    }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作。' } }
  }
  return state
}

/** The guardian's consent as consent.get answers it: given for the current notice, or never. */
function consentAnswer(given) {
  return {
    policyVersion: '2026-12-01',
    retentionDays: 90,
    deletionNoticeDays: 14,
    deployment: { region: 'ap-shanghai', officer: { name: '王丽', contact: 'privacy@example.com' } },
    consent: given ? { policyVersion: '2026-12-01', consentAt: '2026-12-02T08:00:00.000Z' } : null,
    upToDate: given
  }
}

/** Makes the fake api answer `action` with `data` (recorded like every request). */
function answering(api, action, data) {
  const base = api.handler
  api.handler = (request) => {
    if (request.action !== action) return base(request)
    api.requests.push(request)
    return { ok: true, data }
  }
  return api
}

module.exports = { workerProfile, fakeApi, consentAnswer, answering }
