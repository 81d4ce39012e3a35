// Simplified Chinese: the default language and the source of the message keys.
// Short sentences, everyday words: many readers have little schooling.
import { learningZhCN } from './learning/zh-CN'
import { spacesZhCN } from './spaces/zh-CN'
import { remindersZhCN } from './reminders/zh-CN'
import { insightsZhCN } from './insights/zh-CN'
import { practiceZhCN } from './practice/zh-CN'

export const zhCN = {
  ...learningZhCN,
  ...spacesZhCN,
  ...remindersZhCN,
  ...insightsZhCN,
  ...practiceZhCN,

  'app.name': '亲子桥',

  'tab.learn': '学习',
  'tab.connect': '亲子沟通',
  'tab.spaces': '暑期托管',
  'tab.me': '我的',

  'title.learn': '学习',
  'title.connect': '亲子沟通',
  'title.spaces': '暑期托管',
  'title.me': '我的',
  'title.about': '关于与隐私',
  'title.contact': '联系我们',

  'common.learnMore': '了解更多',
  'common.showLess': '收起',
  'common.retry': '重试',
  'common.loading': '正在加载…',
  'common.listSeparator': '、',
  'common.comingSoon': '即将上线',

  'learn.empty.title': '家长课堂正在准备中',
  'learn.empty.body': '很快，这里会有给在外打工的爸爸妈妈的短课程。每课几分钟，用手机就能学。',
  'learn.empty.more': '课程会讲：怎么和孩子打视频电话、怎么夸孩子、孩子不开心时怎么办。学会了，也可以讲给家里的老人听。',

  'connect.empty.title': '通话计划和小提示正在准备中',
  'connect.empty.body': '很快，您可以在这里安排和孩子通话的时间，还能看到每次通话可以聊什么。',
  'connect.empty.more': '我们会在您选好的时间提醒您。每次通话前，会给您一两个简单的话题，比如问问孩子今天最开心的事。',

  'me.loading': '正在读取您的信息…',
  'me.greeting': '您好，{name}',
  'me.factories': '我的工厂',
  'me.noFactory': '您还没有加入工厂。家长课堂不用加入工厂，谁都能学；在工厂打工的，请找工厂人事要邀请码。',
  'me.language': '语言',
  'me.languageFailed': '语言没有保存成功：{message}',
  'me.about': '关于与隐私',

  'role.worker': '员工',
  'role.hr': '人事',
  'role.staff': '托管老师',

  'lang.zh-CN': '中文',
  'lang.en': 'English',

  'about.intro': '亲子桥帮助在外打工的爸爸妈妈和孩子保持联系。我们只保存为您服务必需的信息。',
  'about.keep.title': '我们保存什么',
  'about.keep.body': '您的微信身份标识（不是微信号）、您填写的名字、您选择的语言、您所在的工厂和身份。',
  'about.children.title': '孩子的信息',
  'about.children.body': '只有在您给孩子报名托管、并单独同意《儿童个人信息保护说明》后，才会保存孩子的信息（名字、出生日期、关系、过敏和身体情况、紧急联系人、接送人）。不收集身份证号和照片。托管结束 {days} 天后：签到记录、过敏和身体情况删除；孩子之后没有再报名还没结束的托管的，全部信息删除，删除前 {noticeDays} 天会在“消息”里告诉您。',
  'about.not.title': '我们不做什么',
  'about.not.body': '不出售您的信息，不发广告。只有您工厂的人事和托管老师能看到和工作有关的信息。',
  'about.delete.title': '查看或删除',
  'about.delete.body': '孩子的信息可以在“暑期托管 → 孩子信息”里查看、导出、修改和删除，也可以撤回同意（所有孩子的信息都会删除）。有问题或投诉，点下面的“联系我们”。',

  'privacy.title': '隐私保护提示',
  'privacy.body': '使用这个功能前，请先阅读并同意《隐私保护指引》。我们只使用必需的信息。',
  'privacy.read': '查看《隐私保护指引》',
  'privacy.agree': '同意',
  'privacy.disagree': '不同意'
} as const

export type MessageKey = keyof typeof zhCN
/** Every dictionary must have exactly these keys. */
export type Messages = Record<MessageKey, string>
