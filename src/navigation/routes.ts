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
/** The contact/complaint form (to factory HR and the deployment's privacy contact). */
export const CONTACT_PAGE = `${SETTINGS_PACKAGE_ROOT}/pages/contact/index`

// Summer spaces: worker screens in one subpackage, HR and space-staff screens in another.
export const SPACES_PACKAGE_ROOT = 'packages/spaces'
export const HR_PACKAGE_ROOT = 'packages/hr'
const SPACES_SCREENS = ['join', 'consent', 'children', 'child-edit', 'child-summary', 'child-attendance', 'list', 'registrations', 'notifications'] as const
const HR_SCREENS = ['seasons', 'season-edit', 'registrations', 'roster', 'staff-roles', 'today', 'attendance'] as const
// HR broadcasts (reminders feature) live in the hr subpackage too.
const HR_NOTICE_SCREENS = ['notices', 'notice-compose', 'notice-report'] as const
// Messages workers send through the contact form (privacy feature).
const HR_CONTACT_SCREENS = ['contact-messages'] as const
export type SpacesScreen = (typeof SPACES_SCREENS)[number]
export type HrScreen = (typeof HR_SCREENS)[number] | (typeof HR_NOTICE_SCREENS)[number] | (typeof HR_CONTACT_SCREENS)[number]
export const spacesPage = (screen: SpacesScreen): string => `${SPACES_PACKAGE_ROOT}/pages/${screen}/index`
export const hrPage = (screen: HrScreen): string => `${HR_PACKAGE_ROOT}/pages/${screen}/index`

// Learning: the lesson player, quiz, survey and certificates (the Learn tab itself is in the main package).
export const LEARNING_PACKAGE_ROOT = 'packages/learning'
const LEARNING_SCREENS = ['lesson', 'quiz', 'survey', 'certificates', 'practice', 'shared'] as const
export type LearningScreen = (typeof LEARNING_SCREENS)[number]
export const learningPage = (screen: LearningScreen): string => `${LEARNING_PACKAGE_ROOT}/pages/${screen}/index`

// Reminders: call planner, inbox and notices for workers (HR broadcast screens are in the hr package).
export const REMINDERS_PACKAGE_ROOT = 'packages/reminders'
const REMINDERS_SCREENS = ['calls', 'call-edit', 'call-feedback', 'call-history', 'inbox', 'notice'] as const
export type RemindersScreen = (typeof REMINDERS_SCREENS)[number]
export const remindersPage = (screen: RemindersScreen): string => `${REMINDERS_PACKAGE_ROOT}/pages/${screen}/index`

// Program impact dashboards (factory HR and program officers); the chart library stays in this package.
export const INSIGHTS_PACKAGE_ROOT = 'packages/insights'
const INSIGHTS_SCREENS = ['dashboard'] as const
export type InsightsScreen = (typeof INSIGHTS_SCREENS)[number]
export const insightsPage = (screen: InsightsScreen): string => `${INSIGHTS_PACKAGE_ROOT}/pages/${screen}/index`

/** Feature screens live in subpackages (the main package keeps only the tab pages). One entry per domain. */
export const SUBPACKAGES: { root: string; name: string; pages: string[] }[] = [
  { root: SETTINGS_PACKAGE_ROOT, name: 'settings', pages: ['pages/about/index', 'pages/contact/index'] },
  { root: SPACES_PACKAGE_ROOT, name: 'spaces', pages: SPACES_SCREENS.map((s) => `pages/${s}/index`) },
  { root: HR_PACKAGE_ROOT, name: 'hr', pages: [...HR_SCREENS, ...HR_NOTICE_SCREENS, ...HR_CONTACT_SCREENS].map((s) => `pages/${s}/index`) },
  { root: LEARNING_PACKAGE_ROOT, name: 'learning', pages: LEARNING_SCREENS.map((s) => `pages/${s}/index`) },
  { root: REMINDERS_PACKAGE_ROOT, name: 'reminders', pages: REMINDERS_SCREENS.map((s) => `pages/${s}/index`) },
  { root: INSIGHTS_PACKAGE_ROOT, name: 'insights', pages: INSIGHTS_SCREENS.map((s) => `pages/${s}/index`) }
]

export function tabIndex(name: TabName): number {
  return TAB_PAGES.findIndex((tab) => tab.name === name)
}

/** Absolute URL for Taro.navigateTo / switchTab. */
export function pageUrl(path: string): string {
  return `/${path}`
}
