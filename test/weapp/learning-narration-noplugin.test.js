// Narration on the REAL weapp build when the 同声传译 plugin is not declared (the default build):
// `requirePlugin` throws, a card without a recording says once that it cannot be read aloud, and
// the lesson keeps working. With the plugin: learning-narration.test.js.
const { bootApp, waitFor } = require('./harness')
const { allByClass, byClass, tap } = require('./dom')
const { fakeLearningApi } = require('./learning-fixtures')

const contexts = []
function fakeAudioContext() {
  const on = {}
  const ctx = { src: '', playbackRate: 1, calls: [], fire: (n) => on[n] && on[n]() }
  for (const name of ['Play', 'Pause', 'Stop', 'Ended', 'Error']) ctx[`on${name}`] = (cb) => void (on[name] = cb)
  ctx.play = () => {
    ctx.calls.push('play')
    setTimeout(() => on.Play && on.Play(), 0)
  }
  ctx.pause = () => {
    ctx.calls.push('pause')
    setTimeout(() => on.Pause && on.Pause(), 0)
  }
  ctx.stop = () => void ctx.calls.push('stop')
  ctx.destroy = () => void ctx.calls.push('destroy')
  contexts.push(ctx)
  return ctx
}

// The platform boundary of a build without the plugin: WeChat throws for an undeclared plugin.
global.requirePlugin = (name) => {
  throw new Error(`plugin ${name} is not defined`)
}

const downloads = []
const saved = new Set()
const wxFiles = {
  createInnerAudioContext: fakeAudioContext,
  downloadFile: (o) => {
    downloads.push(o.url)
    setTimeout(() => o.success({ statusCode: 200, tempFilePath: `http://tmp/${downloads.length}.mp3` }), 0)
  },
  getFileSystemManager: () => ({
    accessSync: (f) => {
      if (!saved.has(f)) throw new Error('no such file')
    },
    saveFile: (o) => {
      const file = o.tempFilePath.replace('tmp', 'usr')
      saved.add(file)
      setTimeout(() => o.success({ savedFilePath: file }), 0)
    },
    unlink: () => undefined
  })
}

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
