// The template registry is configuration: a wrong keyword or a missing kind must fail validation, not a send.
import { REGISTRY_CONFIG, RegistrySchema, kindOfTemplate, pageFor, templatesFor } from '../../../server/reminders/template-registry'

test('the shipped registry is valid and has one template per kind', () => {
  const reg = RegistrySchema.parse(REGISTRY_CONFIG)
  const local = templatesFor('local-env', reg)
  expect(kindOfTemplate(local, local.notice.templateId)).toBe('notice')
  expect(kindOfTemplate(local, 'NOPE')).toBeUndefined()
  expect(pageFor(local.notice, 'n1')).toBe('packages/reminders/pages/notice/index?id=n1')
})

test('an environment entry overrides the default', () => {
  const prod = { ...REGISTRY_CONFIG.default, notice: { ...REGISTRY_CONFIG.default.notice, templateId: 'REAL-notice-id' } }
  const reg = RegistrySchema.parse({ ...REGISTRY_CONFIG, environments: { 'prod-1a2b': prod } })
  expect(templatesFor('prod-1a2b', reg).notice.templateId).toBe('REAL-notice-id')
  expect(templatesFor('other', reg).notice.templateId).toBe(REGISTRY_CONFIG.default.notice.templateId)
})

test('bad configurations are refused', () => {
  const d = REGISTRY_CONFIG.default
  const withNotice = (notice: unknown) => ({ default: { ...d, notice }, environments: {} })
  expect(RegistrySchema.safeParse(withNotice({ ...d.notice, fields: { colour1: 'title' } })).success).toBe(false) // unknown keyword type
  expect(RegistrySchema.safeParse(withNotice({ ...d.notice, fields: { thing1: 'nosuchvalue' } })).success).toBe(false) // value the kind does not have
  expect(RegistrySchema.safeParse(withNotice({ ...d.notice, templateId: d.call_reminder.templateId })).success).toBe(false) // same id twice
  const { lesson_nudge: _drop, ...missing } = d
  expect(RegistrySchema.safeParse({ default: missing, environments: {} }).success).toBe(false)
})
