// Cloud function `api`: the single entry point for calls from the app.
import { createRouter } from '../core/router'
import { meHandlers } from '../me/handlers'
import { learningHandlers } from '../learning/handlers'
import { spacesHandlers } from '../spaces/handlers'
import { remindersHandlers } from '../reminders/handlers'
import { insightsHandlers } from '../insights/handlers'
import { privacyHandlers } from '../privacy/handlers'
import { exportHandlers } from '../exports/handlers'

const route = createRouter({ ...meHandlers, ...learningHandlers, ...spacesHandlers, ...remindersHandlers, ...insightsHandlers, ...privacyHandlers, ...exportHandlers })

export async function main(event: unknown) {
  return route(event)
}
