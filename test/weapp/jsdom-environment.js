// miniprogram-simulate (j-component) needs `window`/`document`. jest-environment-jsdom is not a
// dependency, so expose a jsdom window (jsdom ships with @tarojs/webpack5-runner) on a node env.
const { TestEnvironment: NodeEnvironment } = require('jest-environment-node')
const { JSDOM } = require('jsdom')

class WeappSimulateEnvironment extends NodeEnvironment {
  constructor(config, context) {
    super(config, context)
    this.dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
      url: 'https://jest.test/',
      pretendToBeVisual: true
    })
    const win = this.dom.window
    const g = this.global
    g.window = win
    g.document = win.document
    // Copy the DOM constructors and helpers that are not already on the node global.
    for (const key of Object.getOwnPropertyNames(win)) {
      if (key in g || key.startsWith('_')) continue
      try {
        const descriptor = Object.getOwnPropertyDescriptor(win, key)
        if (descriptor && 'value' in descriptor && typeof descriptor.value === 'function') {
          g[key] = descriptor.value
        } else {
          Object.defineProperty(g, key, { configurable: true, get: () => win[key] })
        }
      } catch {
        // some jsdom internals refuse to be copied; simulate does not need them
      }
    }
    // jsdom's Event must win over node's so dispatchEvent accepts it.
    for (const name of ['Event', 'CustomEvent', 'EventTarget', 'MouseEvent', 'Node', 'Element', 'HTMLElement']) {
      g[name] = win[name]
    }
  }

  async teardown() {
    this.dom.window.close()
    await super.teardown()
  }
}

module.exports = WeappSimulateEnvironment
