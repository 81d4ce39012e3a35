// The children's-privacy notice (PIPL Art. 28/29/31; 《儿童个人信息网络保护规定》 Art. 8-10, 12, 15)
// shown before the guardian's separate consent. Lives in the spaces subpackage (not the main-package
// dictionaries): it is long and only read here.
// `version` names THIS text; the app asks for consent only when it equals the server's current
// policyVersion (src/common/spaces/policy.ts), so nobody consents to a text they were not shown.
// Placeholders come from the server (consent.get): {days} retention period, {noticeDays} days of
// warning before a profile is deleted, {region} storage region, {officer} / {contact} the person in
// charge (deployment configuration, see README).
import type { Lang } from '@/common/lang'
import { NOT_CONFIGURED, regionName } from '@/common/privacy/regions'
import type { PrivacyDeployment } from '@/common/spaces/schemas'

export interface NoticeSection {
  /** stable id (tests and styling) */
  id: string
  title: string
  body: string
}

export const NOTICE_VERSION = '2026-12-01'

export const NOTICE: Record<Lang, { title: string; sections: NoticeSection[] }> = {
  'zh-CN': {
    title: '儿童个人信息保护说明',
    sections: [
      { id: 'purpose', title: '为什么需要孩子的信息', body: '只为了让孩子参加工厂的暑期托管：报名、安排名额、每天签到和接送、有急事时联系家人。不做别的用途，不发广告，不给工厂以外的人。' },
      { id: 'what', title: '保存哪些信息', body: '孩子的名字、出生日期、您和孩子的关系、过敏和身体方面要注意的事、两位紧急联系人、可以接孩子的人（名字、关系、电话），以及报名和每天签到、签退的记录。接送码只保存加密后的结果，谁也看不到原来的数字。不要身份证号，也不要照片。' },
      { id: 'where', title: '存在哪里', body: '存在本小程序的微信云开发（腾讯云）数据库里，地区：{region}，在中国境内，不传到境外。' },
      { id: 'security', title: '怎么保护', body: '数据库只有本小程序的云函数能读写，手机上不能直接读取；传输全程加密；接送码加盐加密保存；人事只能看自己工厂的孩子，老师只能看自己负责的那期托管，每次查看都会被记下来。' },
      { id: 'who', title: '谁能看到', body: '您自己；您工厂的人事；负责这期托管的老师。人事和老师每次查看孩子的信息都会被记下来（谁、什么时候、看了什么），您在“导出”里能看到。' },
      { id: 'retention', title: '保存多久', body: '托管结束 {days} 天后：这期的签到记录，和孩子的过敏、身体情况会自动删除；如果孩子之后没有再报名还没结束的托管，孩子的全部信息（名字、出生日期、联系人、接送人、报名记录）也会删除，删除前 {noticeDays} 天会在“我的 → 消息”里告诉您（有微信消息提醒次数时也会发微信消息）。从没报名过托管的孩子，信息会一直保存到您删除或撤回同意为止。' },
      { id: 'rights', title: '您可以做什么', body: '您随时可以查看、导出（包括谁看过孩子的信息）、修改和删除孩子的信息，也可以随时撤回同意。撤回同意后，您所有孩子的信息都会被删除，报名也会取消；消息里提到孩子的内容和查看记录里孩子的身份也会删除（查看记录只留下次数）。' },
      { id: 'refuse', title: '如果不同意', body: '不同意也没关系：学习、亲子沟通、工厂通知等其他功能都照常使用，只是不能为孩子报名暑期托管。以后想报名，随时可以回到这里重新阅读并同意。' },
      { id: 'complaint', title: '有问题或投诉', body: '在“我的 → 关于与隐私 → 联系我们”里留言：会送到您工厂的人事和儿童个人信息保护负责人，回复会出现在“我的 → 消息”里。' },
      { id: 'officer', title: '儿童个人信息保护负责人', body: '{officer}，联系方式：{contact}。' },
      { id: 'confirm', title: '请您确认', body: '不满14岁孩子的信息是敏感信息，需要父母或监护人单独同意。只有孩子的父母或监护人才能同意。' }
    ]
  },
  en: {
    title: "Children's privacy notice",
    sections: [
      { id: 'purpose', title: 'Why we need your child’s details', body: 'Only so your child can join the factory summer space: registration, places, daily check-in and pickup, and reaching the family in an emergency. Nothing else, no advertising, never shared outside the factory.' },
      { id: 'what', title: 'What we keep', body: 'Your child’s given name, birth date, your relation to the child, allergies and health notes, two emergency contacts, the people allowed to pick the child up (name, relation, phone), and the registrations and daily check-in/out records. The pickup PIN is kept only in scrambled form: nobody can read the number. No ID numbers, no photos.' },
      { id: 'where', title: 'Where it is stored', body: 'In this mini program’s WeChat CloudBase (Tencent Cloud) database, region: {region}, inside mainland China; it is not sent abroad.' },
      { id: 'security', title: 'How it is protected', body: 'Only this mini program’s cloud functions can read or write the database; phones cannot read it directly. Everything is encrypted in transit. Pickup PINs are stored salted and hashed. HR sees only their own factory’s children and staff only the season they work in, and every look is recorded.' },
      { id: 'who', title: 'Who can see it', body: 'You; HR of your factory; the staff of the space. Every time HR or staff open your child’s details it is recorded (who, when, what), and you can see this in "Export".' },
      { id: 'retention', title: 'How long we keep it', body: '{days} days after a space ends, its attendance records and your child’s allergies and health notes are deleted automatically. If your child is not registered for a later space that has not ended yet, all of the child’s details (name, birth date, contacts, pickup people, registrations) are deleted too; you are told {noticeDays} days before, in Me → Messages (and by WeChat message if you allowed one). A child never registered for a space is kept until you delete the details or withdraw consent.' },
      { id: 'rights', title: 'What you can do', body: 'At any time you can view, export (including who looked at your child’s details), change and delete your child’s details, and withdraw consent. If you withdraw consent, the details of all your children are deleted and their registrations cancelled; messages that mention your child and your child’s identity in the access records are deleted too (the records keep only a count).' },
      { id: 'refuse', title: 'If you do not agree', body: 'That is fine: learning, calls with your child, factory notices and everything else keep working; only registering a child for the summer space needs your consent. You can come back here, read this again and agree at any time.' },
      { id: 'complaint', title: 'Questions or complaints', body: 'Write to us in Me → About & privacy → Contact us. It reaches your factory’s HR and the person in charge of children’s personal information, and the answer appears in Me → Messages.' },
      { id: 'officer', title: 'Person in charge of children’s personal information', body: '{officer}, contact: {contact}.' },
      { id: 'confirm', title: 'Please confirm', body: 'Details of children under 14 are sensitive personal information: a parent or guardian must agree separately. Only the child’s parent or guardian may agree.' }
    ]
  }
}

export interface NoticeValues {
  retentionDays: number
  deletionNoticeDays: number
  deployment: PrivacyDeployment
}

/** The notice with the server's values filled in. Pure. */
export function noticeText(lang: Lang, v: NoticeValues): { title: string; sections: NoticeSection[] } {
  const notice = NOTICE[lang]
  const values: Record<string, string> = {
    days: String(v.retentionDays),
    noticeDays: String(v.deletionNoticeDays),
    region: regionName(lang, v.deployment.region),
    officer: v.deployment.officer?.name ?? NOT_CONFIGURED[lang],
    contact: v.deployment.officer?.contact ?? NOT_CONFIGURED[lang]
  }
  return {
    title: notice.title,
    sections: notice.sections.map((s) => ({ ...s, body: s.body.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m) }))
  }
}
