// Subscribe-message credits in the database. Every change is one conditional
// update, so concurrent sends can never take the same credit twice and the
// count never goes below zero (the pure rules are in src/common/reminders/credits.ts).
import { acceptedTemplates } from '../../src/common/reminders/credits'
import type { MessageKind, SubscribeOutcome, SubscriptionState } from '../../src/common/reminders/schemas'
import { MAX_TEMPLATES_PER_REQUEST, MESSAGE_KINDS } from '../../src/common/reminders/schemas'
import { AppError } from '../../src/common/errors'
import { _, addUnlessDuplicate, coll, currentEnvId, rows, updatedCount } from './db'
import { kindOfTemplate, templatesFor } from './template-registry'

export const creditId = (openid: string, templateId: string) => `${openid}:${templateId}`

interface CreditRecord {
  _id: string
  openid: string
  templateId: string
  credit: number
}

interface PrefsRecord {
  _id: string
  mainSwitchOff?: boolean
}

/** Takes one credit if there is one (never below zero, even with concurrent senders). */
export async function takeCredit(openid: string, templateId: string): Promise<boolean> {
  const n = await updatedCount(coll.credits().where({ _id: creditId(openid, templateId), credit: _.gt(0) }).update({ data: { credit: _.inc(-1), updatedAt: new Date() } }))
  return n === 1
}

/** Gives back a credit WeChat did not use (a send that failed before delivery). */
export async function refundCredit(openid: string, templateId: string): Promise<void> {
  await coll.credits().where({ _id: creditId(openid, templateId) }).update({ data: { credit: _.inc(1), updatedAt: new Date() } })
}

/** 43101: WeChat says none are left, whatever we counted. */
export async function zeroCredit(openid: string, templateId: string): Promise<void> {
  await coll.credits().where({ _id: creditId(openid, templateId) }).update({ data: { credit: 0, updatedAt: new Date() } })
}

/** 20004: the main switch is off — every credit of the user is void and the app stops asking. */
export async function markMainSwitchOff(openid: string): Promise<void> {
  await coll.credits().where({ openid }).update({ data: { credit: 0, updatedAt: new Date() } })
  await coll.prefs().doc(openid).set({ data: { mainSwitchOff: true, mainSwitchOffAt: new Date() } })
}

async function addCredit(openid: string, templateId: string, kind: MessageKind): Promise<void> {
  const _id = creditId(openid, templateId)
  const n = await updatedCount(coll.credits().where({ _id }).update({ data: { credit: _.inc(1), updatedAt: new Date() } }))
  if (n === 1) return
  if (await addUnlessDuplicate(coll.credits(), { _id, openid, templateId, kind, credit: 1, updatedAt: new Date() })) return
  await coll.credits().where({ _id }).update({ data: { credit: _.inc(1), updatedAt: new Date() } }) // created meanwhile
}

/** The caller's templates with their credits, and whether the main switch is off. */
export async function subscriptionState(openid: string): Promise<SubscriptionState> {
  const templates = templatesFor(currentEnvId())
  const [credits, prefs] = await Promise.all([
    rows<CreditRecord>(coll.credits().where({ openid }).limit(100).get()),
    rows<PrefsRecord>(coll.prefs().where({ _id: openid }).limit(1).get())
  ])
  const byTemplate = new Map(credits.map((c) => [c.templateId, c.credit]))
  return {
    templates: MESSAGE_KINDS.map((kind) => ({ kind, templateId: templates[kind].templateId, credit: Math.max(0, byTemplate.get(templates[kind].templateId) ?? 0) })),
    mainSwitchOff: !!prefs[0]?.mainSwitchOff,
    maxPerRequest: MAX_TEMPLATES_PER_REQUEST
  }
}

/** Records one requestSubscribeMessage answer, once per requestId. */
export async function recordSubscribeResult(
  openid: string,
  input: { requestId: string; results: { templateId: string; outcome: SubscribeOutcome }[]; errCode?: number }
): Promise<SubscriptionState> {
  const templates = templatesFor(currentEnvId())
  const kinds = input.results.map((r) => kindOfTemplate(templates, r.templateId))
  if (kinds.some((k) => !k)) throw new AppError('SUBSCRIBE_UNKNOWN_TEMPLATE')
  if (input.results.length > MAX_TEMPLATES_PER_REQUEST) throw new AppError('VALIDATION_FAILED')
  const first = await addUnlessDuplicate(coll.reports(), { _id: `${openid}:${input.requestId}`, openid, at: new Date(), results: input.results, errCode: input.errCode ?? null })
  if (first) {
    if (input.errCode === 20004) {
      await markMainSwitchOff(openid)
    } else {
      const accepted = acceptedTemplates(input.results)
      for (const templateId of accepted) await addCredit(openid, templateId, kindOfTemplate(templates, templateId)!)
      if (accepted.length) await coll.prefs().doc(openid).set({ data: { mainSwitchOff: false } })
    }
  }
  return subscriptionState(openid)
}
