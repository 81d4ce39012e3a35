// wx's audio and file boundary for the learning tests: InnerAudioContexts that record what was
// done to them (and can fire their events), downloads, and files kept on the phone.

/**
 * @param {object} [opts]
 * @param {() => boolean} [opts.failPlays] play() reports a network error instead of playing
 */
function fakeAudioPlatform({ failPlays = () => false } = {}) {
  /** every InnerAudioContext the page created, with what was done to it */
  const contexts = []
  const downloads = []
  const saved = new Set()

  function createInnerAudioContext() {
    const on = {}
    const ctx = { src: '', playbackRate: 1, calls: [], fire: (n) => on[n] && on[n]() }
    for (const name of ['Play', 'Pause', 'Stop', 'Ended', 'Error']) ctx[`on${name}`] = (cb) => void (on[name] = cb)
    ctx.play = () => {
      ctx.calls.push('play')
      // WeChat reports playback errors through onError (e.g. 10002 network error), asynchronously
      setTimeout(() => (failPlays() ? on.Error && on.Error({ errCode: 10002, errMsg: 'network error' }) : on.Play && on.Play()), 0)
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

  const wx = {
    createInnerAudioContext,
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
  return { contexts, downloads, saved, wx }
}

module.exports = { fakeAudioPlatform }
