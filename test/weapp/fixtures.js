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

module.exports = { workerProfile, fakeApi }
