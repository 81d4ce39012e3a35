// The guardian's separate consent to the children's-privacy notice (PIPL Art. 29/31).
import { AppError } from '../../src/common/errors'
import { CHILD_PRIVACY_POLICY_VERSION, DELETION_NOTICE_DAYS } from '../../src/common/spaces/policy'
import type { ConsentState } from '../../src/common/spaces/schemas'
import { privacyDeployment } from '../privacy/deployment'
import { byId, coll } from './db'
import { configuredRetentionDays } from './retention-days'
import type { ConsentRecord } from './records'

export async function loadConsent(openid: string): Promise<ConsentRecord | null> {
  return byId<ConsentRecord>(coll.consents(), openid)
}

export function consentState(rec: ConsentRecord | null): ConsentState {
  const given = rec && rec.status === 'given' ? rec : null
  return {
    policyVersion: CHILD_PRIVACY_POLICY_VERSION,
    // the period new seasons get (SPACES_RETENTION_DAYS): what the notice promises
    retentionDays: configuredRetentionDays(),
    deletionNoticeDays: DELETION_NOTICE_DAYS,
    deployment: privacyDeployment(),
    consent: given ? { policyVersion: given.policyVersion, consentAt: new Date(given.consentAt).toISOString() } : null,
    upToDate: !!given && given.policyVersion === CHILD_PRIVACY_POLICY_VERSION
  }
}

/** Child data may be stored or shared with the factory only under a current consent. */
export async function requireConsent(openid: string): Promise<void> {
  if (!consentState(await loadConsent(openid)).upToDate) throw new AppError('CONSENT_REQUIRED')
}

export async function giveConsent(openid: string, policyVersion: string): Promise<ConsentState> {
  if (policyVersion !== CHILD_PRIVACY_POLICY_VERSION) throw new AppError('CONSENT_OUTDATED')
  const existing = await loadConsent(openid)
  if (existing && existing.status === 'given' && existing.policyVersion === policyVersion) return consentState(existing)
  const rec: ConsentRecord = { _id: openid, openid, policyVersion, consentAt: new Date(), status: 'given' }
  const { _id, ...data } = rec
  // set() creates or replaces: the record always says what was agreed last, and when
  await coll.consents().doc(openid).set({ data })
  return consentState(rec)
}
