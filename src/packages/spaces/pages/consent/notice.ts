// The children's-privacy notice (PIPL Art. 28/29/31) shown before the guardian's separate consent.
// Lives in the spaces subpackage (not the main-package dictionaries): it is long and only read here.
// `version` names THIS text; the app asks for consent only when it equals the server's current
// policyVersion (src/common/spaces/policy.ts), so nobody consents to a text they were not shown.
import type { Lang } from '@/common/lang'

export interface NoticeSection {
  title: string
  body: string
}

export const NOTICE_VERSION = '2026-06-01'

/** `{days}` is replaced by the retention period the server reports. */
export const NOTICE: Record<Lang, { title: string; sections: NoticeSection[] }> = {
  'zh-CN': {
    title: '儿童个人信息保护说明',
    sections: [
      { title: '为什么需要孩子的信息', body: '只为了让孩子参加工厂的暑期托管：报名、安排名额、每天签到和接送、有急事时联系家人。不做别的用途，不发广告。' },
      { title: '保存哪些信息', body: '孩子的名字、出生日期、您和孩子的关系、过敏和身体方面要注意的事、两位紧急联系人、可以接孩子的人（名字、关系、电话）。接送码只保存加密后的结果，谁也看不到原来的数字。不要身份证号，也不要照片。' },
      { title: '谁能看到', body: '您自己；您工厂的人事；负责这期托管的老师。人事和老师每次查看孩子的信息都会被记下来，您在"导出"里能看到。' },
      { title: '保存多久', body: '托管结束 {days} 天后，签到记录和过敏、身体方面的信息会自动删除。' },
      { title: '您可以做什么', body: '您随时可以查看、修改、导出和删除孩子的信息。撤回同意后，您所有孩子的信息都会被删除，报名也会取消。' },
      { title: '请您确认', body: '不满14岁孩子的信息是敏感信息，需要父母或监护人单独同意。只有孩子的父母或监护人才能同意。' }
    ]
  },
  en: {
    title: "Children's privacy notice",
    sections: [
      { title: 'Why we need your child’s details', body: 'Only so your child can join the factory summer space: registration, places, daily check-in and pickup, and reaching the family in an emergency. Nothing else, no advertising.' },
      { title: 'What we keep', body: 'Your child’s given name, birth date, your relation to the child, allergies and health notes, two emergency contacts, and the people allowed to pick the child up (name, relation, phone). The pickup PIN is kept only in scrambled form: nobody can read the number. No ID numbers, no photos.' },
      { title: 'Who can see it', body: 'You; HR of your factory; the staff of the space. Every time HR or staff open your child’s details it is recorded, and you can see this in "Export".' },
      { title: 'How long we keep it', body: '{days} days after the space ends, attendance records, allergies and health notes are deleted automatically.' },
      { title: 'What you can do', body: 'At any time you can view, change, export and delete your child’s details. If you withdraw consent, the details of all your children are deleted and their registrations cancelled.' },
      { title: 'Please confirm', body: 'Details of children under 14 are sensitive personal information: a parent or guardian must agree separately. Only the child’s parent or guardian may agree.' }
    ]
  }
}
