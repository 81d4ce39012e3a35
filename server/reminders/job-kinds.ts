// Scheduler job kinds of the reminders domain (a module of its own: no import cycles).
export const FANOUT_JOB = 'notice.fanout'
export const REMIND_JOB = 'notice.remind'
export const CALL_REMINDER_JOB = 'call.reminder'
export const NUDGE_SWEEP_JOB = 'lesson.nudgeSweep'
export const SPACE_EVENT_PUSHES_JOB = 'space.eventPushes'
export const OFFER_EXPIRING_JOB = 'space.offerExpiring'
export const SEASON_START_JOB = 'space.seasonStart'
