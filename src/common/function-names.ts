// Names of the deployable cloud functions. No zod here: the app's main package imports this.
export const API_FUNCTION = 'api'
export const SCHEDULER_FUNCTION = 'scheduler'
