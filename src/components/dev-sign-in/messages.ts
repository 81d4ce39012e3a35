// Strings for the H5-only dev screens. Kept out of src/i18n so they never ship in the weapp build.
import type { Lang } from '@/common/lang'
import { interpolate, type TranslateParams } from '@/i18n/translate'

const zhCN = {
  'dev.title': '开发登录',
  'dev.hint': '这是本地测试用的页面，正式小程序里没有。请选择一个演示身份：',
  'dev.loading': '正在读取演示身份…',
  'dev.failed': '读取演示身份失败：{message}',
  'dev.empty': '没有可用的演示身份。',
  'dev.switch': '切换身份（开发）',
  'dev.role.worker': '员工',
  'dev.role.hr': '人事',
  'dev.role.staff': '托管老师',
  'dev.role.program': '项目官员',
  'dev.newcomer': '新来的人（没有工厂）',
  'dev.newcomerMeta': '像刚从分享进来的爷爷奶奶：每次都是一个新身份'
} as const

type DevKey = keyof typeof zhCN

const en: Record<DevKey, string> = {
  'dev.title': 'Developer sign-in',
  'dev.hint': 'This page exists only for local testing, not in the mini program. Pick a demo identity:',
  'dev.loading': 'Loading demo identities…',
  'dev.failed': 'Could not load demo identities: {message}',
  'dev.empty': 'No demo identities available.',
  'dev.switch': 'Switch identity (dev)',
  'dev.role.worker': 'Worker',
  'dev.role.hr': 'HR',
  'dev.role.staff': 'Childcare staff',
  'dev.role.program': 'Program officer',
  'dev.newcomer': 'A newcomer (no factory)',
  'dev.newcomerMeta': 'Like a grandparent who came from a share: a new identity each time'
}

const devDictionaries: Record<Lang, Record<DevKey, string>> = { 'zh-CN': zhCN, en }

export function devT(lang: Lang, key: DevKey, params?: TranslateParams): string {
  return interpolate(devDictionaries[lang][key], params)
}
