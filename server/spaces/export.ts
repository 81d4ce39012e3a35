// Pure: a readable summary of everything stored about one child, in the
// guardian's language (the "export" of their data, PIPL Art. 45).
import { chinaTime } from '../../src/common/china-time'
import type { Lang } from '../../src/common/lang'
import type { AttendanceRecord, Child, Registration } from '../../src/common/spaces/schemas'

const T = {
  'zh-CN': {
    title: '孩子信息汇总',
    name: '名字',
    birth: '出生日期',
    relation: '您与孩子的关系',
    allergies: '过敏',
    medical: '健康情况',
    removed: '（已按保存期限删除）',
    none: '无',
    contacts: '紧急联系人',
    pickup: '授权接送人（接送码只保存加密后的形式，这里不显示）',
    regs: '报名记录',
    attendance: '签到记录',
    in: '签到',
    out: '签退',
    by: '接走的人',
    refused: '拒绝交接次数'
  },
  en: {
    title: 'Summary of your child’s data',
    name: 'Name',
    birth: 'Birth date',
    relation: 'Your relation to the child',
    allergies: 'Allergies',
    medical: 'Health notes',
    removed: '(deleted after the retention period)',
    none: 'none',
    contacts: 'Emergency contacts',
    pickup: 'Authorized pickup people (pickup PINs are stored only in scrambled form and not shown)',
    regs: 'Registrations',
    attendance: 'Attendance',
    in: 'in',
    out: 'out',
    by: 'collected by',
    refused: 'refused pickups'
  }
} as const

const REL: Record<Lang, Record<Child['relation'], string>> = {
  'zh-CN': { mother: '妈妈', father: '爸爸', grandparent: '祖父母', sibling: '哥哥姐姐', relative: '亲戚', other: '其他' },
  en: { mother: 'mother', father: 'father', grandparent: 'grandparent', sibling: 'sibling', relative: 'relative', other: 'other' }
}

export function childSummary(lang: Lang, child: Child, regs: Registration[], attendance: AttendanceRecord[]): string {
  const t = T[lang]
  const time = (iso?: string) => (iso ? chinaTime(new Date(iso)) : '-')
  const lines = [
    `${t.title}: ${child.givenName}`,
    `${t.name}: ${child.givenName}`,
    `${t.birth}: ${child.birthDate}`,
    `${t.relation}: ${REL[lang][child.relation]}`,
    `${t.allergies}: ${child.allergies === null ? t.removed : child.allergies || t.none}`,
    `${t.medical}: ${child.medicalNotes === null ? t.removed : child.medicalNotes || t.none}`,
    `${t.contacts}:`,
    ...child.emergencyContacts.map((c) => `  - ${c.name} (${c.relation}) ${c.phone}`),
    `${t.pickup}:`,
    ...child.pickupPeople.map((p) => `  - ${p.name} (${p.relation}) ${p.phone}`),
    `${t.regs}:`,
    ...(regs.length ? regs.map((r) => `  - ${r.spaceName}: ${r.status} (${r.createdAt.slice(0, 10)})`) : [`  ${t.none}`]),
    `${t.attendance}:`,
    ...(attendance.length
      ? attendance.map(
          (a) =>
            `  - ${a.date} ${t.in} ${time(a.checkInAt)} ${t.out} ${time(a.checkOutAt)}` +
            (a.pickedUpBy ? `, ${t.by} ${a.pickedUpBy.name}` : '') +
            (a.refusals.length ? `, ${t.refused} ${a.refusals.length}` : '')
        )
      : [`  ${t.none}`])
  ]
  return lines.join('\n')
}
