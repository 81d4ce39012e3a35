// Cloud function `api`: the single entry point for calls from the app.
import { createRouter } from '../core/router'
import { meGet, meUpdate } from '../me/actions'

const route = createRouter({
  'me.get': meGet,
  'me.update': meUpdate
})

export async function main(event: unknown) {
  return route(event)
}
