// spaces: Simplified Chinese messages (merged into src/i18n/zh-CN.ts). Keys start with 'spaces.'.
export const spacesZhCN = {} as const
