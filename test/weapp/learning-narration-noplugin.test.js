// Narration on the REAL weapp build when the 同声传译 plugin is not declared (the default build):
// `requirePlugin` throws, a card without a recording says once that it cannot be read aloud, and
// the lesson keeps working. With the plugin: learning-narration.test.js.
const { bootApp, waitFor } = require('./harness')
const { allByClass, byClass, tap } = require('./dom')
const { fakeLearningApi } = require('./learning-fixtures')
const { fakeAudioPlatform } = require('./audio-fakes')

// The platform boundary of a build without the plugin: WeChat throws for an undeclared plugin.
global.requirePlugin = (name) => {
  throw new Error(`plugin ${name} is not defined`)
}

const { contexts, wx: wxFiles } = fakeAudioPlatform()

// (simulate's DOM has no data-* attributes: buttons are found by position)
const button = (page, i = 0) => allByClass(page, 'narrate__button')[i]

describe('narration without the plugin', () => {
  test('a card without a recording says once that it cannot be read aloud; the lesson keeps working', async () => {
    const api = fakeLearningApi()
    const h = bootApp({ cloud: (data) => api.handler(data), wx: wxFiles })
    const page = h.renderPage('packages/learning/pages/lesson/index', { session: 'm1-s02', card: '0' })
    await waitFor(() => button(page), { what: 'the listen button' })
    const before = contexts.length
    tap(page, '.narrate__button')
    await waitFor(() => byClass(page, 'narrate__unavailable'), { what: 'the plain line' })
    expect(byClass(page, 'narrate__unavailable').textContent).toBe('这台手机现在没法朗读，请看文字。其他功能照常可以用。')
    expect(button(page).textContent).toBe('🔊 读给我听')
    expect(contexts.length).toBe(before)
    expect(allByClass(page, 'narrate__unavailable')).toHaveLength(1)
    tap(page, '.lesson__next')
    await waitFor(() => byClass(page, 'lesson__title').textContent === '第2张卡片', { what: 'card 2' })
    expect(allByClass(page, 'narrate__unavailable')).toHaveLength(1)
  })
})
