// The weekly practice's fake api and app for the weapp tests (one page render per file: simulate
// loads a page once per file, so each screen has its own test file).
const { bootApp } = require('./harness')
const { fakeLearningApi } = require('./learning-fixtures')

const L = (zh, en) => ({ 'zh-CN': zh, en })
const chinaDay = (offset = 0) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10)
const SUBSCRIPTION = { templates: [{ kind: 'practice_reminder', templateId: 'TPL-practice', credit: 0 }], mainSwitchOff: false, maxPerRequest: 3 }

function practice(over = {}) {
  return { id: 'p1', sessionId: 'm1-s01', title: L('试一试', 'Try this'), body: L('今晚给孩子打个电话。', 'Call your child tonight.'), scope: 'day', day: chinaDay(1), remindAt: new Date().toISOString(), status: 'open', due: false, answer: null, barrier: null, ...over }
}

/** The learning fake api plus the practice actions. */
function practiceApi({ current = { practice: null, streak: 0 } } = {}) {
  const api = fakeLearningApi({ subscription: SUBSCRIPTION })
  const learning = api.handler
  api.handler = (request) => {
    const { action, payload } = request
    if (action === 'practice.current') return api.requests.push(request), { ok: true, data: current }
    if (action === 'practice.commit') {
      api.requests.push(request)
      return { ok: true, data: { practice: practice({ scope: payload.scope, day: payload.day ?? chinaDay(6) }), replaced: null, duplicate: false } }
    }
    if (action === 'practice.checkIn') {
      api.requests.push(request)
      const tip = payload.answer === 'yes' ? null : { id: 'tip-call-03', ageBands: ['3-5'], situations: ['everyday'], barriers: ['no-time'], title: L('电话短也没关系', 'Short calls are fine'), body: L('说两三分钟也很好。', 'Two or three minutes is fine.') }
      return { ok: true, data: { practice: practice({ status: 'done', answer: payload.answer, barrier: payload.barrier ?? null }), tip, streak: payload.answer === 'not-yet' ? 0 : 1, duplicate: false } }
    }
    return learning(request)
  }
  return api
}

/** Boots the app with the practice api (what practice.current answers) and renders one screen. */
function bootPractice(route, query = {}, current) {
  const api = practiceApi(current ? { current } : {})
  const popups = []
  const h = bootApp({
    cloud: (data) => api.handler(data),
    wx: { requestSubscribeMessage: (o) => { popups.push(o.tmplIds); o.success && o.success({ errMsg: 'requestSubscribeMessage:ok', [o.tmplIds[0]]: 'accept' }) } }
  })
  return { h, api, popups, page: h.renderPage(route, query) }
}

module.exports = { L, chinaDay, practice, practiceApi, bootPractice }
