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
    refused: '拒绝交接次数',
    calls: '和孩子有关的通话计划',
    inbox: '提到孩子的消息',
    consent: '您的同意',
    consentAt: '在 {at} 同意了说明（版本 {v}）',
    access: '谁看过孩子的信息',
    roles: { hr: '人事', staff: '托管老师' } as Record<string, string>
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
    refused: 'refused pickups',
    calls: 'Planned calls linked to this child',
    inbox: 'Messages that mention this child',
    consent: 'Your consent',
    consentAt: 'agreed to the notice (version {v}) on {at}',
    access: 'Who looked at your child’s details',
    roles: { hr: 'HR', staff: 'space staff' } as Record<string, string>
  }
} as const

const REL: Record<Lang, Record<Child['relation'], string>> = {
  'zh-CN': { mother: '妈妈', father: '爸爸', grandparent: '祖父母', sibling: '哥哥姐姐', relative: '亲戚', other: '其他' },
  en: { mother: 'mother', father: 'father', grandparent: 'grandparent', sibling: 'sibling', relative: 'relative', other: 'other' }
}

/** What else is held about the child (the export lists it too). */
export interface SummaryExtra {
  calls: { withWhom: string; date: string; time: string; status: string }[]
  inbox: { kind: string; createdAt: string }[]
  consent: { policyVersion: string; consentAt: string } | null
  accessLog: { at: string; actorRole: string; actorName: string; action: string }[]
}

const NO_EXTRA: SummaryExtra = { calls: [], inbox: [], consent: null, accessLog: [] }

export function childSummary(lang: Lang, child: Child, regs: Registration[], attendance: AttendanceRecord[], extra: SummaryExtra = NO_EXTRA): string {
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
      : [`  ${t.none}`]),
    `${t.calls}:`,
    ...(extra.calls.length ? extra.calls.map((c) => `  - ${c.date} ${c.time} ${c.withWhom} (${c.status})`) : [`  ${t.none}`]),
    `${t.inbox}:`,
    ...(extra.inbox.length ? extra.inbox.map((n) => `  - ${time(n.createdAt)} ${n.kind}`) : [`  ${t.none}`]),
    `${t.consent}: ${extra.consent ? t.consentAt.replace('{at}', time(extra.consent.consentAt)).replace('{v}', extra.consent.policyVersion) : t.none}`,
    `${t.access}:`,
    ...(extra.accessLog.length
      ? extra.accessLog.map((a) => `  - ${time(a.at)} ${t.roles[a.actorRole] ?? a.actorRole}${a.actorName ? ` ${a.actorName}` : ''}: ${a.action}`)
      : [`  ${t.none}`])
  ]
  return lines.join('\n')
}
