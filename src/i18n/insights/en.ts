import type { insightsZhCN } from './zh-CN'

export const insightsEn: Record<keyof typeof insightsZhCN, string> = {
  'insights.title': 'Program data',
  'insights.home.factory': 'Program data',
  'insights.home.factoryBody': 'Learning, before/after change, spaces and notices in figures (no one is named).',
  'insights.home.program': 'Program data (program officer)',
  'insights.home.programBody': "Figures of the program's factories, with no personal data."
}
