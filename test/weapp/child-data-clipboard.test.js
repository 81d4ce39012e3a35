// Children's data is never put on the clipboard (《儿童个人信息网络保护规定》 Art. 15): HR's roster
// and the guardian's child summary show it on the REAL weapp build without any copy button, and
// no JS of the packages that handle children's data calls the clipboard.
const fs = require('fs')
const path = require('path')
const { DIST, bootApp, waitFor, listDistFiles } = require('./harness')
const { byClass, textOf } = require('./dom')
const { fakeApi } = require('./fixtures')

const SPACE = {
  id: 'space-1', factoryId: 'factory-1', name: '2026 暑期爱心托管班', location: '厂区 B 栋',
  startDate: '2026-07-06', endDate: '2026-08-14', dailyHours: { start: '08:00', end: '18:00' },
  capacity: 30, minAge: 3, maxAge: 14, registrationOpens: '2026-06-01', registrationCloses: '2026-07-01',
  requiresApproval: false, notesForParents: '', status: 'open', taken: 1, waiting: 0, staffOpenids: [],
  retentionDays: 90, createdAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z'
}
const ROW = {
  registrationId: 'reg-1', status: 'confirmed', childGivenName: '小明', birthDate: '2018-03-04', childAgeAtStart: 8,
  guardianName: '李秀英', guardianRelation: 'mother', allergies: '花生过敏', medicalNotes: '哮喘，带喷雾',
  emergencyContacts: [{ name: '王芳', relation: '姨妈', phone: '13800000001' }],
  pickupPeople: [{ name: '李强', relation: '舅舅', phone: '13800000002' }]
}
const SUMMARY = '孩子：小明，出生日期 2018-03-04\n过敏：花生过敏\n紧急联系人：王芳 13800000001'

// dist/app.js boots once per test file (module cache): one app for both screens.
function boot() {
  const api = fakeApi()
  const base = api.handler
  api.handler = (request) => {
    if (request.action === 'registrations.roster') {
      api.requests.push(request)
      return { ok: true, data: { space: SPACE, rows: [ROW], csv: 'name\n小明' } }
    }
    if (request.action === 'children.export') {
      api.requests.push(request)
      return { ok: true, data: { summary: SUMMARY, child: {}, registrations: [], attendance: [], accessLog: [] } }
    }
    return base(request)
  }
  const clipboard = []
  const record = (o) => { clipboard.push(o); o && o.success && o.success({}) }
  const h = bootApp({ cloud: (data) => api.handler(data), wx: { setClipboardData: record, getClipboardData: record } })
  return { h, clipboard }
}


let booted
beforeAll(() => { booted = boot() })

test('HR roster shows the children with their notes and contacts, and offers nothing to copy', async () => {
  const { h, clipboard } = booted
  const page = h.renderPage('packages/hr/pages/roster/index', { spaceId: 'space-1' })
  await waitFor(() => byClass(page, 'roster__child'), { what: 'the roster rows' })
  const text = textOf(page)
  expect(text).toContain('小明')
  expect(text).toContain('哮喘，带喷雾')
  expect(text).toContain('13800000002')
  expect(text).not.toMatch(/复制|CSV/)
  expect(byClass(page, 'roster__copy')).toBeNull()
  // The one button left on the screen opens attendance.
  expect(byClass(page, 'roster__attendance')).not.toBeNull()
  expect(clipboard).toEqual([])
})

test('the child summary shows what is stored and offers nothing to copy', async () => {
  const { h, clipboard } = booted
  const page = h.renderPage('packages/spaces/pages/child-summary/index', { childId: 'child-1' })
  await waitFor(() => byClass(page, 'child-summary__text'), { what: 'the summary' })
  expect(textOf(page)).toContain('紧急联系人：王芳 13800000001')
  expect(textOf(page)).not.toContain('复制')
  expect(byClass(page, 'child-summary__copy')).toBeNull()
  expect(clipboard).toEqual([])
})

test('no JS of the hr and spaces packages calls the clipboard', () => {
  const files = listDistFiles(path.join(DIST, 'packages')).filter((f) => /packages\/(hr|spaces)\/.*\.js$/.test(f))
  expect(files.length).toBeGreaterThan(10)
  const hits = files.filter((f) => /[sg]etClipboardData/.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(DIST, f))
  expect(hits).toEqual([])
})
