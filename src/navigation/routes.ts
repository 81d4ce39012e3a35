// Page paths and the tab bar order, shared by app.config.ts and runtime code.
// Relative imports only: app.config.ts is evaluated by the Taro CLI in Node.
export const TAB_PAGES = [
  { name: 'learn', path: 'pages/learn/index', textKey: 'tab.learn' },
  { name: 'connect', path: 'pages/connect/index', textKey: 'tab.connect' },
  { name: 'spaces', path: 'pages/spaces/index', textKey: 'tab.spaces' },
  { name: 'me', path: 'pages/me/index', textKey: 'tab.me' }
] as const

export type TabName = (typeof TAB_PAGES)[number]['name']

export const SETTINGS_PACKAGE_ROOT = 'packages/settings'
export const ABOUT_PAGE = `${SETTINGS_PACKAGE_ROOT}/pages/about/index`

/** Feature screens live in subpackages (the main package keeps only the tab pages). One entry per domain. */
export const SUBPACKAGES: { root: string; name: string; pages: string[] }[] = [
  { root: SETTINGS_PACKAGE_ROOT, name: 'settings', pages: ['pages/about/index'] }
]

export function tabIndex(name: TabName): number {
  return TAB_PAGES.findIndex((tab) => tab.name === name)
}

/** Absolute URL for Taro.navigateTo / switchTab. */
export function pageUrl(path: string): string {
  return `/${path}`
}
