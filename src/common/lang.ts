import { z } from 'zod'

export const LANGS = ['zh-CN', 'en'] as const
export const LangSchema = z.enum(LANGS)
export type Lang = z.infer<typeof LangSchema>
export const DEFAULT_LANG: Lang = 'zh-CN'
