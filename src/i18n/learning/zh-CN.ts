// learning: Simplified Chinese messages (merged into src/i18n/zh-CN.ts). Keys start with 'learning.'.
export const learningZhCN = {} as const
