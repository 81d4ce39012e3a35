// Test function: sends one subscribe message and reports the SDK's answer.
const cloud = require('wx-server-sdk')
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
exports.main = async (event) => {
  try {
    const res = await cloud.openapi.subscribeMessage.send({
      touser: event.touser,
      templateId: event.templateId || 'TPL_NOTICE',
      page: 'pages/me/index',
      data: { thing1: { value: event.text || '通知' } },
      miniprogramState: 'developer'
    })
    return { ok: true, errCode: res.errCode }
  } catch (e) {
    return { ok: false, errCode: e.errCode, errMsg: e.errMsg }
  }
}
