// The practice reminder: on the day picked, one message per practice and day through the
// reminders domain's deliver() (the inbox line always, the WeChat message where a credit exists,
// never twice). Registered with the scheduler's leaf registry.
import { chinaDayStart } from '../../src/common/china-time'
import { REMIND_HOURS } from '../../src/common/practice/schedule'
import type { JobRecord } from '../scheduler/policy'
import { registerJobHandlers } from '../scheduler/registry'
import { languageOf } from '../me/users'
import { deliver } from '../reminders/push'
import { findPractice } from './records'
import { PRACTICE_REMIND_JOB, practiceText } from './view'

export async function runPracticeReminder(job: JobRecord): Promise<void> {
  const practiceId = String(job.payload?.practiceId ?? '')
  const day = String(job.payload?.day ?? '')
  const practice = await findPractice(practiceId)
  // Answered, replaced, or moved to another day since: this reminder has nothing to say.
  if (!practice || practice.status !== 'open' || practice.day !== day) return
  const text = practiceText(practice.sessionId)
  if (!text) return
  const lang = await languageOf(practice.openid)
  await deliver(`practice:${practiceId}:${day}`, {
    kind: 'practice_reminder',
    openid: practice.openid,
    subjectId: practice.sessionId,
    inbox: { kind: 'practice_reminder', params: { sessionId: practice.sessionId } },
    values: { practiceTitle: text.title[lang], hint: text.body[lang], day: new Date(chinaDayStart(day).getTime() + REMIND_HOURS[0] * 3_600_000) }
  })
}

registerJobHandlers({ [PRACTICE_REMIND_JOB]: runPracticeReminder })
