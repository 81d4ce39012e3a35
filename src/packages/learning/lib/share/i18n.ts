// Text of the sharing parts (shared tip page, save as picture, share a card), Simplified Chinese
// first. Kept in the learning subpackage, out of the main package.
import { screenDictionary } from '@/i18n/screen-dictionary'

const zhCN = {
  'share.picture.save': '保存成图片',
  'share.picture.saving': '正在生成图片…',
  'share.picture.saved': '已保存到相册，可以发给家里人',
  'share.picture.downloaded': '图片已下载',
  'share.picture.failed': '没能保存图片，请再试一次。',
  'share.picture.deniedTitle': '需要相册权限',
  'share.picture.denied': '保存图片要用到相册。请在设置里打开“保存到相册”，再点一次。',
  'share.picture.openSettings': '去设置',
  'share.picture.cancel': '先不了',
  'share.picture.footer': '亲子桥 · 家长课堂　在微信里搜“亲子桥”，免费学习',
  'share.card': '发给家人',
  'share.tip.kicker': '家里人发给您的小提示',
  'share.tip.title': '小提示',
  'share.tip.notFound': '这条小提示找不到了。您可以直接开始学习家长课堂。',
  'share.start': '开始学习家长课堂',
  'share.startBody': '30 节短课，每节几分钟，教您怎样在外面打工也能陪孩子长大。不用加入工厂，谁都能学。',
  'share.card.kicker': '家长课堂 · 第 {module} 单元',
  'share.card.shared': '家里人发给您的课程卡片 · 第 {module} 单元',
  'share.card.notFound': '这张卡片找不到了。您可以直接开始学习家长课堂。'
} as const

const en: Record<keyof typeof zhCN, string> = {
  'share.picture.save': 'Save as a picture',
  'share.picture.saving': 'Making the picture…',
  'share.picture.saved': 'Saved to your album: you can send it to the family',
  'share.picture.downloaded': 'Picture downloaded',
  'share.picture.failed': 'The picture could not be saved. Please try again.',
  'share.picture.deniedTitle': 'Album permission needed',
  'share.picture.denied': 'Saving a picture needs your photo album. Please switch on "Save to album" in the settings, then tap again.',
  'share.picture.openSettings': 'Open settings',
  'share.picture.cancel': 'Not now',
  'share.picture.footer': 'Family Bridge · Parent course. Search “亲子桥” in WeChat to learn for free',
  'share.card': 'Send to family',
  'share.tip.kicker': 'A tip your family sent you',
  'share.tip.title': 'Tip',
  'share.tip.notFound': 'This tip cannot be found any more. You can start the parent course right away.',
  'share.start': 'Start the parent course',
  'share.startBody': '30 short sessions of a few minutes each, on raising your children while you work far away. No factory needed: anyone can learn.',
  'share.card.kicker': 'Parent course · Module {module}',
  'share.card.shared': 'A course card your family sent you · Module {module}',
  'share.card.notFound': 'This card cannot be found any more. You can start the parent course right away.'
}

export type ShareKey = keyof typeof zhCN
export const { useScreenT: useShareT } = screenDictionary<ShareKey>(zhCN, en)
