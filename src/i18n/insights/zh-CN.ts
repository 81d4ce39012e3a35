// insights: what the main package needs (page title, the entries on 暑期托管). Keys start with 'insights.'.
// The dashboard's own messages live in the insights subpackage (src/packages/insights/shared/i18n).
export const insightsZhCN = {
  'insights.title': '项目数据',
  'insights.home.factory': '项目数据',
  'insights.home.factoryBody': '学习、课前课后变化、托管和通知的统计（不显示个人）。',
  'insights.home.program': '项目数据（项目官员）',
  'insights.home.programBody': '项目里各工厂的汇总数据，不含任何个人信息。'
} as const
