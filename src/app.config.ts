import { zhCN } from './i18n/zh-CN'
import { LEARNING_PACKAGE_ROOT, SUBPACKAGES, TAB_PAGES } from './navigation/routes'

// WeChat's 同声传译 plugin (synthesized narration) only when the build says it was added in the
// admin console (TARO_APP_WECHATSI=1): a declared plugin the account lacks stops compilation.
// Declared in the learning subpackage, the only code that speaks, so the main package stays lean.
const WECHATSI = { WechatSI: { version: '0.3.6', provider: 'wx069ba97219f66d99' } }
const withPlugins = SUBPACKAGES.map((p) => (p.root === LEARNING_PACKAGE_ROOT && process.env.TARO_APP_WECHATSI === '1' ? { ...p, plugins: WECHATSI } : p))

// Tab texts must be static here, so they are Chinese; English is applied at runtime
// (navigation/chrome.ts). Tab pages live in the main package; features go to subpackages.
const appConfig = defineAppConfig({
  pages: TAB_PAGES.map((tab) => tab.path),
  subPackages: withPlugins,
  // 我的 links to About & privacy: fetch that small package in the background.
  preloadRule: {
    [TAB_PAGES[3].path]: { network: 'all', packages: ['settings'] },
    // 暑期托管 leads most people (workers) to the spaces package.
    [TAB_PAGES[2].path]: { network: 'all', packages: ['spaces'] },
    // 学习 opens the lesson player next: have it ready.
    [TAB_PAGES[0].path]: { network: 'all', packages: ['learning'] }
  },
  // Inject a component's code only when a page renders it: Taro declares every component a page
  // uses (its `comp`) in the page's usingComponents, which is what this mode needs.
  lazyCodeLoading: 'requiredComponents',
  // Current WeUI look for native components (buttons, inputs, pickers).
  style: 'v2',
  // Feature pages stay out of WeChat search (src/sitemap.json, copied by config/index.ts).
  sitemapLocation: 'sitemap.json',
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f6f7f9',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: zhCN['app.name'],
    navigationBarTextStyle: 'black'
  },
  tabBar: {
    color: '#3d3d3d',
    selectedColor: '#0b5cad',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: TAB_PAGES.map((tab) => ({
      pagePath: tab.path,
      text: zhCN[tab.textKey],
      // Shapes people recognise without reading (see assets/tabbar/README.md).
      iconPath: `assets/tabbar/${tab.name}.png`,
      selectedIconPath: `assets/tabbar/${tab.name}-active.png`
    }))
  }
})

// Not in Taro's AppConfig type: tells WeChat we handle privacy authorization ourselves.
const privacyCheck = { __usePrivacyCheck__: true }

export default { ...appConfig, ...privacyCheck }
