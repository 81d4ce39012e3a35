// A small course shaped like src/common/learning/actions.ts (overview, session), and a fake api.
const L = (zh, en) => ({ 'zh-CN': zh, en })

/** @param {object} [extra] more session fields, e.g. `{ media: { audioUrl } }` */
function session(id = 'm1-s01', extra = {}) {
  return {
    id,
    module: 1,
    number: Number(id.slice(-2)),
    title: L('做家长的价值', 'Your worth as a parent'),
    summary: L('摘要', 'Summary'),
    minutes: 5,
    cards: [1, 2, 3, 4].map((n) => ({ id: `c${n}`, emoji: '🌱', title: L(`第${n}张卡片`, `Card ${n}`), body: L(`卡片${n}的内容。`, `Body ${n}.`) })),
    practice: { title: L('试一试', 'Try this'), body: L('今晚给孩子打个电话。', 'Call your child tonight.') },
    quiz: [1, 2, 3].map((n) => ({
      id: `q${n}`,
      prompt: L(`问题${n}`, `Question ${n}`),
      options: ['a', 'b', 'c'].map((o) => ({ id: o, text: L(`选项${o}`, `Option ${o}`), correct: o === 'a', explanation: L(`解释${o}`, `Why ${o}`) }))
    })),
    ...extra
  }
}

function overview(progress = []) {
  return {
    course: {
      contentVersion: 'v1',
      modules: [
        {
          number: 1,
          emoji: '🌱',
          title: L('我是好家长', 'Me as a parent'),
          sessions: ['m1-s01', 'm1-s02'].map((id, i) => ({ id, number: i + 1, title: L(`课${i + 1}`, `Session ${i + 1}`), minutes: 5, cards: 4, questions: 3 }))
        }
      ]
    },
    progress,
    survey: { pre: true, post: false },
    continueAt: null
  }
}

/** What `learning.session.get` answers as the learner's key: it seeds the quiz option order. */
const LEARNER_KEY = 'learner-2'
/** The order learner-2 sees the fixture's options in (src/common/learning/option-order.ts). */
const LEARNER_ORDER = { q1: ['c', 'b', 'a'], q2: ['b', 'a', 'c'], q3: ['c', 'a', 'b'] }

/** Taps the quiz option with this id (its text is "选项<id>"), wherever the shuffle put it. */
function tapOption(page, optionId) {
  const { allByClass } = require('./dom')
  const at = allByClass(page, 'quiz__option').findIndex((el) => el.textContent === `选项${optionId}`)
  if (at < 0) throw new Error(`option ${optionId} is not shown`)
  page.querySelectorAll('.quiz__option')[at].dispatchEvent('tap')
}

/**
 * @param {object} [opts]
 * @param {object[]} [opts.progress]
 * @param {Record<string, object>} [opts.media] per session id, e.g. `{ 'm1-s01': { audioUrl } }`
 * @param {object} [opts.subscription] what `messages.templates` answers (subscribe state)
 * @param {Record<string, object>} [opts.audio] recorded card audio per session id: `{ c1: { url, v } }`
 */
function fakeLearningApi(opts = {}) {
  const state = { requests: [], overview: overview(opts.progress), subscription: opts.subscription }
  state.handler = (request) => {
    state.requests.push(request)
    switch (request.action) {
      case 'learning.overview':
        return { ok: true, data: state.overview }
      case 'learning.session.get':
        return {
          ok: true,
          data: {
            contentVersion: 'v1',
            learnerKey: LEARNER_KEY,
            session: session(request.payload.sessionId, opts.media && opts.media[request.payload.sessionId] ? { media: opts.media[request.payload.sessionId] } : {})
          }
        }
      case 'learning.audio.get':
        return { ok: true, data: { files: (opts.audio && opts.audio[request.payload.sessionId]) || {} } }
      case 'learning.progress.save':
        return { ok: true, data: { sessionId: request.payload.sessionId, saved: true } }
      case 'learning.quiz.submit': {
        // every fixture question's right option is 'a'; 2 of 3 pass
        const questions = Object.entries(request.payload.answers).map(([questionId, chosen]) => ({ questionId, chosen, correctOptionId: 'a', correct: chosen === 'a' }))
        const score = questions.filter((q) => q.correct).length
        const result = { resultId: `r-${request.payload.key}`, sessionId: request.payload.sessionId, score, total: 3, passMark: 2, passed: score >= 2, questions, submittedAt: '2025-07-01T02:00:00.000Z', duplicate: false }
        return { ok: true, data: result }
      }
      case 'messages.templates':
        if (state.subscription) return { ok: true, data: state.subscription }
        break
      case 'messages.subscribeResult':
        if (state.subscription) {
          // the server credits each accepted template
          const accepted = request.payload.results.filter((r) => r.outcome === 'accept').map((r) => r.templateId)
          state.subscription = { ...state.subscription, templates: state.subscription.templates.map((tpl) => (accepted.includes(tpl.templateId) ? { ...tpl, credit: tpl.credit + 1 } : tpl)) }
          return { ok: true, data: state.subscription }
        }
        break
    }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作。' } }
  }
  return state
}

module.exports = { session, overview, fakeLearningApi, tapOption, LEARNER_KEY, LEARNER_ORDER }
