// Fixed facts of the children's-privacy rules the app and the functions share.

/**
 * Version of the children's-privacy notice (PIPL Art. 28/29/31) a guardian must
 * separately consent to before any child data is stored. Bump it when the notice
 * text changes: guardians are asked again (consent.get → upToDate: false) and
 * children.* writes are refused with CONSENT_REQUIRED until they agree.
 */
export const CHILD_PRIVACY_POLICY_VERSION = '2026-12-01'

/**
 * This many days after a season ends its attendance and the medical details of its children are
 * deleted, and so is the whole profile of a child with no registration in a later season (the
 * notice says so).
 */
export const DEFAULT_RETENTION_DAYS = 90

/** The guardian is told this many days before a child's profile is deleted by the retention job. */
export const DELETION_NOTICE_DAYS = 14

/** How long a freed place is held for the first family on the waitlist. */
export const DEFAULT_OFFER_HOURS = 48

/** Wrong pickup PINs allowed per child per day before the check-out is locked for the day. */
export const MAX_PIN_ATTEMPTS_PER_DAY = 5


/** Wrong invite codes a user may try per hour before joining is refused until the next hour. */
export const MAX_WRONG_INVITE_CODES_PER_HOUR = 10
