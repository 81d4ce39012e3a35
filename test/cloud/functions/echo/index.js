// Test function: returns what it was called with and who called it.
const cloud = require('wx-server-sdk')
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
exports.main = async (event) => {
  const { OPENID, SOURCE, ENV } = cloud.getWXContext()
  return { event, openid: OPENID ?? null, source: SOURCE, env: ENV }
}
