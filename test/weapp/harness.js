// Boots the REAL weapp build (dist/) inside miniprogram-simulate.
// simulate only knows custom components, so App() is captured and Page() is re-expressed as a
// Component whose `attached` replays the page lifecycle (onLoad -> onShow -> onReady).
const fs = require('fs')
const path = require('path')

const DIST = path.resolve(__dirname, '../../dist')

function assertBuilt() {
  const appJs = path.join(DIST, 'app.js')
  if (!fs.existsSync(appJs)) {
    throw new Error(
      `Weapp build output not found (${appJs}). Build it first: "npx taro build --type weapp" ` +
        '(the test script does this; these tests deliberately do not build).'
    )
  }
}

/**
 * @param {object} [opts]
 * @param {(data: object) => any} [opts.cloud] answers wx.cloud.callFunction({name, data}) with `result`
 * @param {Record<string, unknown>} [opts.storage] initial wx storage
 * @param {Record<string, Function>} [opts.wx] extra wx APIs (must exist before app.js boots: Taro wraps what it finds)
 */
function bootApp(opts = {}) {
  assertBuilt()
  const simulate = require('miniprogram-simulate') // installs global.wx (its API mock)
  const wx = global.wx

  const storage = new Map(Object.entries(opts.storage || {}))
  const calls = { cloud: [], titles: [], tabItems: [], toasts: [], navigateTo: [] }
  let cloudHandler = opts.cloud || (() => ({ ok: false, error: { code: 'INTERNAL', message: 'no stub' } }))

  Object.assign(wx, {
    getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key, value) => void storage.set(key, value),
    getAppBaseInfo: () => ({ SDKVersion: '3.4.0', fontSizeScaleFactor: 1, fontSizeSetting: 16 }),
    setNavigationBarTitle: (o) => { calls.titles.push(o.title); o.success && o.success({}) },
    setTabBarItem: (o) => { calls.tabItems.push(o); o.success && o.success({}) },
    showToast: (o) => { calls.toasts.push(o); o.success && o.success({}) },
    navigateTo: (o) => { calls.navigateTo.push(o.url); o.success && o.success({}) },
    onNeedPrivacyAuthorization: () => {},
    cloud: {
      init: () => {},
      callFunction: (o) => {
        calls.cloud.push(o)
        const run = Promise.resolve().then(() => cloudHandler(o.data, o.name))
        return run.then((result) => ({ result, errMsg: 'cloud.callFunction:ok' }))
      }
    }
  })

  if (opts.wx) Object.assign(wx, opts.wx)

  let app = null
  const pages = []
  let loadingRoute = null
  let loadingQuery = {}
  global.App = (options) => { app = options }
  global.getApp = () => app
  global.getCurrentPages = () => pages
  global.Page = (options) => {
    const route = loadingRoute
    const query = loadingQuery
    const methods = {}
    Object.keys(options).forEach((key) => {
      if (typeof options[key] === 'function') methods[key] = options[key]
    })
    global.Component({
      data: options.data || {},
      methods,
      lifetimes: {
        attached() {
          this.route = route
          pages.push(this)
          methods.onLoad.call(this, query)
          methods.onShow.call(this)
          methods.onReady.call(this)
        },
        detached() {
          if (methods.onUnload) methods.onUnload.call(this)
        }
      }
    })
  }

  require(path.join(DIST, 'app.js'))
  if (!app) throw new Error('dist/app.js did not call App()')
  const launch = { path: 'pages/learn/index', query: {}, scene: 1001 }
  if (app.onLaunch) app.onLaunch.call(app, launch)
  if (app.onShow) app.onShow.call(app, launch)

  /** Loads and renders a page by route, e.g. 'pages/me/index', with an optional query (onLoad options). */
  function renderPage(route, query = {}) {
    loadingRoute = route
    loadingQuery = query
    const id = simulate.load(path.join(DIST, route), { rootPath: DIST })
    const comp = simulate.render(id)
    comp.attach(document.createElement('parent-wrapper'))
    return comp
  }

  return {
    simulate,
    app,
    storage,
    calls,
    renderPage,
    setCloud(handler) { cloudHandler = handler }
  }
}

/** Polls until `check()` returns a truthy value (first render and setData are async). */
async function waitFor(check, { timeout = 3000, interval = 20, what = 'condition' } = {}) {
  const started = Date.now()
  let last
  for (;;) {
    try {
      last = check()
      if (last) return last
    } catch (err) {
      last = err
    }
    if (Date.now() - started > timeout) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`)
    }
    await new Promise((resolve) => setTimeout(resolve, interval))
  }
}

/**
 * The requests a page made, without the app's own call on every show: the unread count for the
 * 我的 tab badge (notifications.list {unreadOnly: true}, see inbox.test.js).
 */
function pageRequests(requests) {
  return requests.filter((r) => !(r.action === 'notifications.list' && r.payload && r.payload.unreadOnly === true))
}

/** Every file under dist/ (paths absolute), for the scans of the build output. */
function listDistFiles(dir = DIST) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listDistFiles(full) : [full]
  })
}

module.exports = { DIST, assertBuilt, bootApp, waitFor, pageRequests, listDistFiles }
