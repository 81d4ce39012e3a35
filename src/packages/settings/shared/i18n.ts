// The settings subpackage's own text (About & privacy, the contact form): kept out of the
// main package. Falls back to the app's dictionaries.
import { screenDictionary } from '@/i18n/screen-dictionary'

export const settingsZhCN = {
  'settings.about.officerTitle': '儿童个人信息保护负责人',
  'settings.about.officer': '{name}，联系方式：{contact}',
  'settings.about.where': '数据存在本小程序的微信云开发数据库里（地区：{region}，中国境内）。',
  'settings.about.notSet': '运营方还没有填写。',
  'settings.about.contact': '联系我们 / 投诉',
  'settings.about.contactHint': '留言会送到您工厂的人事和儿童个人信息保护负责人，回复会出现在“我的 → 消息”里。',
  'settings.contact.intro': '关于隐私、孩子的信息或其他问题，都可以写在这里。会送到您工厂的人事（如果您加入了工厂）和儿童个人信息保护负责人。回复会出现在“我的 → 消息”里。请不要写孩子的身份证号、病历等信息。',
  'settings.contact.topic': '关于什么',
  'settings.contact.pickTopic': '请选一个',
  'settings.contact.topic.privacy': '我的隐私',
  'settings.contact.topic.children': '孩子的信息',
  'settings.contact.topic.other': '其他',
  'settings.contact.text': '您想说的话',
  'settings.contact.textHint': '5 到 500 个字',
  'settings.contact.tooShort': '请至少写 5 个字',
  'settings.contact.send': '发送',
  'settings.contact.sent': '已发送。回复会出现在“我的 → 消息”里。',
  'settings.contact.mine': '我发过的留言',
  'settings.contact.open': '等待回复',
  'settings.contact.answered': '已回复',
  'settings.contact.reply': '回复：{text}',
  'settings.contact.noFactory': '您还没有加入工厂：留言只送到儿童个人信息保护负责人。'
} as const

export const settingsEn: Record<keyof typeof settingsZhCN, string> = {
  'settings.about.officerTitle': 'Person in charge of children’s personal information',
  'settings.about.officer': '{name}, contact: {contact}',
  'settings.about.where': 'Data is stored in this mini program’s WeChat CloudBase database (region: {region}, mainland China).',
  'settings.about.notSet': 'Not yet filled in by the operator.',
  'settings.about.contact': 'Contact us / complain',
  'settings.about.contactHint': 'Your message reaches your factory’s HR and the person in charge of children’s personal information; the answer appears in Me → Messages.',
  'settings.contact.intro': 'Write here about privacy, your child’s details or anything else. It reaches your factory’s HR (if you joined a factory) and the person in charge of children’s personal information. The answer appears in Me → Messages. Please do not write ID numbers or medical records.',
  'settings.contact.topic': 'About',
  'settings.contact.pickTopic': 'Please pick one',
  'settings.contact.topic.privacy': 'My privacy',
  'settings.contact.topic.children': 'My child’s details',
  'settings.contact.topic.other': 'Something else',
  'settings.contact.text': 'Your message',
  'settings.contact.textHint': '5 to 500 characters',
  'settings.contact.tooShort': 'Please write at least 5 characters',
  'settings.contact.send': 'Send',
  'settings.contact.sent': 'Sent. The answer will appear in Me → Messages.',
  'settings.contact.mine': 'Messages I sent',
  'settings.contact.open': 'Waiting for an answer',
  'settings.contact.answered': 'Answered',
  'settings.contact.reply': 'Answer: {text}',
  'settings.contact.noFactory': 'You have not joined a factory: your message goes only to the person in charge of children’s personal information.'
}

export type SettingsKey = keyof typeof settingsZhCN

export const { useScreenT: useSettingsT } = screenDictionary<SettingsKey>(settingsZhCN, settingsEn)
