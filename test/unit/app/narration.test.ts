// The narration adapter's choice: recorded audio → synthesized speech (WeChat's WechatSI plugin,
// simulated at the platform boundary by a fake `requirePlugin`) → "cannot read aloud". The audio
// context, downloads and saved files are wx's, faked the same way.
import { createNarrator, type NarrationItem, type NarratorEvents, type Rate } from '@/packages/learning/lib/narration/narrator'

interface FakeCtx {
  src: string
  playbackRate: number
  calls: string[]
  fire: (name: string) => void
}
const contexts: FakeCtx[] = []
let failPlay = false
const storage = new Map<string, unknown>()
const downloads: string[] = []
let downloadStatus = 200
const savedFiles = new Set<string>()

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    createInnerAudioContext: () => {
      const on: Record<string, () => void> = {}
      const ctx: any = { src: '', playbackRate: 1, calls: [] }
      for (const n of ['Play', 'Pause', 'Stop', 'Ended', 'Error']) ctx[`on${n}`] = (cb: () => void) => (on[n] = cb)
      ctx.fire = (n: string) => on[n]?.()
      ctx.play = () => {
        ctx.calls.push('play')
        setTimeout(() => (failPlay ? on.Error?.() : on.Play?.()), 0)
      }
      ctx.pause = () => (ctx.calls.push('pause'), setTimeout(() => on.Pause?.(), 0))
      ctx.stop = () => ctx.calls.push('stop')
      ctx.destroy = () => ctx.calls.push('destroy')
      contexts.push(ctx)
      return ctx
    },
    getStorageSync: (k: string) => storage.get(k) ?? '',
    setStorageSync: (k: string, v: unknown) => storage.set(k, v),
    downloadFile: async ({ url }: { url: string }) => (downloads.push(url), { statusCode: downloadStatus, tempFilePath: `wxfile://tmp/${downloads.length}` }),
    getFileSystemManager: () => ({
      accessSync: (f: string) => {
        if (!savedFiles.has(f)) throw new Error('no such file')
      },
      saveFile: ({ tempFilePath, success }: { tempFilePath: string; success: (r: { savedFilePath: string }) => void }) => {
        const file = tempFilePath.replace('tmp', 'store')
        savedFiles.add(file)
        success({ savedFilePath: file })
      },
      unlink: ({ filePath }: { filePath: string }) => savedFiles.delete(filePath)
    })
  }
}))

// eslint-disable-next-line import/first
import { narrationSources } from '@/packages/learning/lib/narration/sources'

type TtsCall = { lang: string; content: string }
const tts: TtsCall[] = []
let plugin: 'ok' | 'fail' | 'absent' = 'ok'
;(global as any).requirePlugin = (name: string) => {
  if (name !== 'WechatSI' || plugin === 'absent') throw new Error(`plugin ${name} is not defined`)
  return {
    textToSpeech(o: TtsCall & { success: (r: unknown) => void; fail: (e: unknown) => void }) {
      tts.push({ lang: o.lang, content: o.content })
      setTimeout(() => (plugin === 'ok' ? o.success({ retcode: 0, filename: `https://tts.example.com/${tts.length}.mp3` }) : o.fail({ retcode: -20001 })), 0)
    }
  }
}

const RECORDINGS: Record<string, { url: string; v: string }> = { 'm1-s01/c1': { url: 'https://cos.example.com/m1-s01/c1.mp3?sign=1', v: 'aaa' } }
let locateFails = false
const locate = async (path: string) => {
  if (locateFails) throw new Error('offline')
  return RECORDINGS[path] ?? null
}

// generous: the fakes answer on timers, and the machine is shared
const tick = () => new Promise((r) => setTimeout(r, 40))

function setup(rate: Rate = 1) {
  const log: string[] = []
  const events: NarratorEvents = {
    onState: (id, state, kind) => log.push(`${id}:${state}:${kind}`),
    onEnded: (id) => log.push(`ended:${id}`),
    onUnavailable: (id) => log.push(`unavailable:${id}`)
  }
  return { log, narrator: createNarrator(narrationSources(locate), events, rate) }
}

const card = (audio?: string): NarrationItem => ({ id: 'card:c1', text: '第1张卡片。卡片1的内容。', lang: 'zh-CN', ...(audio ? { audio } : {}) })

beforeEach(() => {
  contexts.length = 0
  tts.length = 0
  downloads.length = 0
  plugin = 'ok'
  failPlay = false
  downloadStatus = 200
  locateFails = false
})

test('a card with a recording plays the recording (downloaded once, kept on the phone), not the plugin', async () => {
  const { log, narrator } = setup(1.25)
  narrator.play(card('m1-s01/c1'))
  await tick()
  expect(tts).toEqual([])
  expect(downloads).toEqual(['https://cos.example.com/m1-s01/c1.mp3?sign=1'])
  expect(contexts).toHaveLength(1)
  expect(contexts[0].src).toBe('wxfile://store/1')
  expect(contexts[0].playbackRate).toBe(1.25)
  expect(log).toContain('card:c1:playing:recorded')

  // played again: the saved copy, no second download
  narrator.stop()
  narrator.play(card('m1-s01/c1'))
  await tick()
  expect(downloads).toHaveLength(1)
  expect(contexts[1].src).toBe('wxfile://store/1')
  // offline, the saved copy still plays
  narrator.stop()
  locateFails = true
  narrator.play(card('m1-s01/c1'))
  await tick()
  expect(contexts[2].src).toBe('wxfile://store/1')
  expect(tts).toEqual([])
})

test('a card without a recording is synthesized by the WechatSI plugin and played through the audio adapter', async () => {
  const { log, narrator } = setup()
  narrator.play(card())
  await tick()
  expect(tts).toEqual([{ lang: 'zh_CN', content: '第1张卡片。卡片1的内容。' }])
  expect(contexts).toHaveLength(1)
  expect(contexts[0].src).toBe('https://tts.example.com/1.mp3')
  expect(log).toContain('card:c1:playing:speech')

  narrator.setRate(0.8) // speed change while playing goes into the audio context
  expect(contexts[0].playbackRate).toBe(0.8)
  narrator.pause()
  expect(contexts[0].calls).toEqual(['play', 'pause'])
  await tick()
  expect(log[log.length - 1]).toBe('card:c1:paused:speech')

  narrator.resume()
  await tick()
  contexts[0].fire('Ended')
  expect(log.slice(-2)).toEqual(['card:c1:idle:null', 'ended:card:c1'])

  narrator.play({ id: 'o:q1:a', text: 'Option a', lang: 'en' })
  await tick()
  expect(tts[1]).toEqual({ lang: 'en_US', content: 'Option a' })
})

test('a recording that cannot be fetched or played falls through to the plugin', async () => {
  const { log, narrator } = setup()
  downloadStatus = 404
  narrator.play(card('m1-s01/c2')) // not uploaded yet: no URL
  await tick()
  expect(tts).toHaveLength(1)
  expect(log).toContain('card:c1:playing:speech')

  narrator.stop()
  storage.clear()
  savedFiles.clear()
  narrator.play(card('m1-s01/c1')) // uploaded, but the download fails
  await tick()
  expect(downloads).toHaveLength(1)
  expect(tts).toHaveLength(2)

  // the audio context refuses the recording before any sound: the plugin takes over
  narrator.stop()
  downloadStatus = 200
  failPlay = true
  narrator.play(card('m1-s01/c1'))
  await tick()
  await tick()
  expect(tts).toHaveLength(3)
})

test('without the plugin (not declared in this build) and without a recording: "cannot read aloud", once per item, no throw', async () => {
  plugin = 'absent'
  const { log, narrator } = setup()
  narrator.play(card())
  await tick()
  expect(contexts).toHaveLength(0)
  expect(log).toEqual(['card:c1:loading:null', 'card:c1:idle:null', 'unavailable:card:c1'])

  // a recording still plays without the plugin
  narrator.play(card('m1-s01/c1'))
  await tick()
  expect(log).toContain('card:c1:playing:recorded')
})

test('a plugin that fails (quota, network) ends in "cannot read aloud" too', async () => {
  plugin = 'fail'
  const { log, narrator } = setup()
  narrator.play(card())
  await tick()
  expect(tts).toHaveLength(1)
  expect(log[log.length - 1]).toBe('unavailable:card:c1')
})

test('playing another item stops the first: only one voice at a time', async () => {
  const { log, narrator } = setup()
  narrator.play(card())
  await tick()
  narrator.play({ id: 'q:q1', text: '问题1', lang: 'zh-CN' })
  await tick()
  expect(contexts[0].calls).toEqual(['play', 'stop', 'destroy'])
  expect(log).toContain('card:c1:idle:null')
  expect(log[log.length - 1]).toBe('q:q1:playing:speech')
})
