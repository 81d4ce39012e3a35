// Languages of the app. No zod here: the main package imports this at run time
// (schemas live in ./schemas/primitives.ts).
export const LANGS = ['zh-CN', 'en'] as const
export type Lang = (typeof LANGS)[number]
export const DEFAULT_LANG: Lang = 'zh-CN'
