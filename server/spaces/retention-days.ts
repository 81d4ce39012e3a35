// The retention period (a leaf module: consent and retention both read it).
import { DEFAULT_RETENTION_DAYS } from '../../src/common/spaces/policy'

/** Retention period for new seasons: SPACES_RETENTION_DAYS of the function's environment, else 90 days. */
export function configuredRetentionDays(): number {
  const raw = process.env.SPACES_RETENTION_DAYS
  const n = raw === undefined || raw === '' ? NaN : Number(raw)
  return Number.isInteger(n) && n >= 0 && n <= 3650 ? n : DEFAULT_RETENTION_DAYS
}
