// English: must have exactly the keys of zh-CN (a missing or extra key is a type error).
import type { Messages } from './zh-CN'
import { learningEn } from './learning/en'
import { spacesEn } from './spaces/en'
import { remindersEn } from './reminders/en'
import { insightsEn } from './insights/en'
import { practiceEn } from './practice/en'

export const en: Messages = {
  ...learningEn,
  ...spacesEn,
  ...remindersEn,
  ...insightsEn,
  ...practiceEn,

  'app.name': 'Family Bridge',

  'tab.learn': 'Learn',
  'tab.connect': 'Connect',
  'tab.spaces': 'Summer',
  'tab.me': 'Me',

  'title.learn': 'Learn',
  'title.connect': 'Connect',
  'title.spaces': 'Summer spaces',
  'title.me': 'Me',
  'title.about': 'About & privacy',
  'title.contact': 'Contact us',

  'common.learnMore': 'Learn more',
  'common.showLess': 'Show less',
  'common.retry': 'Try again',
  'common.loading': 'Loading…',
  'common.listSeparator': ', ',
  'common.comingSoon': 'Coming soon',

  'learn.empty.title': 'The parent course is on its way',
  'learn.empty.body': 'Soon you will find short lessons here for parents working away from home. Each takes a few minutes on your phone.',
  'learn.empty.more': 'Lessons will cover video calls with your child, how to praise, and what to do when your child is sad. You can pass them on to the grandparents at home too.',

  'connect.empty.title': 'Call planner and tips are on their way',
  'connect.empty.body': 'Soon you can plan when to call your child here, and see what to talk about each time.',
  'connect.empty.more': 'We will remind you at the time you choose. Before each call you get one or two simple topics, like asking about the best part of your child\'s day.',

  'me.loading': 'Loading your details…',
  'me.greeting': 'Hello, {name}',
  'me.factories': 'My factory',
  'me.noFactory': 'You have not joined a factory. Anyone can take the parent course without one; if you work at a factory, ask its HR for the invite code.',
  'me.language': 'Language',
  'me.languageFailed': 'The language was not saved: {message}',
  'me.about': 'About & privacy',

  'role.worker': 'Worker',
  'role.hr': 'HR',
  'role.staff': 'Childcare staff',

  'lang.zh-CN': '中文',
  'lang.en': 'English',

  'about.intro': 'Family Bridge helps parents who work away from home stay close to their children. We keep only what we need to serve you.',
  'about.keep.title': 'What we keep',
  'about.keep.body': 'Your WeChat user id for this app (not your WeChat ID), the name you give, your language, and your factory and role.',
  'about.children.title': 'Your child\'s information',
  'about.children.body': 'Only when you sign your child up for childcare and separately agree to the children\'s privacy notice: name, birth date, relation, allergies and health notes, emergency contacts and pickup people. No ID numbers or photos. {days} days after a space ends: attendance, allergies and health notes are deleted; if the child is not registered for a later space that has not ended, all of the child\'s details are deleted, and you are told in Messages {noticeDays} days before.',
  'about.not.title': 'What we never do',
  'about.not.body': 'We do not sell your information or show ads. Only your factory\'s HR and childcare staff see what their work needs.',
  'about.delete.title': 'See or delete your data',
  'about.delete.body': 'See, export, change or delete your child\'s details under Summer spaces → Children, or withdraw consent (all your children\'s details are deleted). For questions or complaints, tap "Contact us" below.',

  'privacy.title': 'Privacy notice',
  'privacy.body': 'Before using this feature, please read and agree to the Privacy Guide. We only use what is necessary.',
  'privacy.read': 'Read the Privacy Guide',
  'privacy.agree': 'Agree',
  'privacy.disagree': 'Disagree'
}
