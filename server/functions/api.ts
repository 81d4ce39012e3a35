// Cloud function `api`: the single entry point for calls from the app.
import { readInvocation, type FunctionContext } from '../core/cloud'
import { createRouter } from '../core/router'
import { meHandlers } from '../me/handlers'
import { learningHandlers } from '../learning/handlers'
import { practiceHandlers } from '../practice/handlers'
import { spacesHandlers } from '../spaces/handlers'
import { remindersHandlers } from '../reminders/handlers'
import { insightsHandlers } from '../insights/handlers'
import { privacyHandlers } from '../privacy/handlers'
import { exportHandlers } from '../exports/handlers'
import { schedulerStatusHandlers } from '../scheduler/status'

const route = createRouter({ ...meHandlers, ...learningHandlers, ...spacesHandlers, ...remindersHandlers, ...insightsHandlers, ...privacyHandlers, ...exportHandlers, ...schedulerStatusHandlers, ...practiceHandlers })

export async function main(event: unknown, context?: FunctionContext) {
  return route(event, readInvocation(context))
}
