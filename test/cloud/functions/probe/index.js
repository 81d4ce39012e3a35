// Test function: calls another function through the SDK (function-to-function),
// or fires every second on a timer so tests can see timer triggers.
const cloud = require('wx-server-sdk')
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
exports.main = async (event) => {
  if (event && event.Type === 'Timer') {
    const db = cloud.database()
    await db.collection('ticks').add({ data: { at: db.serverDate(), source: cloud.getWXContext().SOURCE } })
    return { ticked: true }
  }
  const res = await cloud.callFunction({ name: 'echo', data: { via: 'probe', x: event.x } })
  return res.result
}
