// Test function: one security.msgSecCheck (v2) for the caller, and the SDK's answer as it came.
const cloud = require('wx-server-sdk')
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
exports.main = async (event) => {
  const { OPENID } = cloud.getWXContext()
  try {
    const res = await cloud.openapi.security.msgSecCheck({
      openid: event.openid === undefined ? OPENID : event.openid,
      scene: event.scene || 2,
      version: event.version === undefined ? 2 : event.version,
      content: event.content,
      ...(event.title ? { title: event.title } : {})
    })
    return { ok: true, res }
  } catch (e) {
    return { ok: false, errCode: e.errCode, errMsg: e.errMsg }
  }
}
