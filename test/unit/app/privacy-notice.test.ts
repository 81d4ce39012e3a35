// The children's-privacy notice states what 《儿童个人信息网络保护规定》 Art. 8-10 require, in both
// languages, with the deployment's values filled in (and "not filled in" rather than a made-up
// person when the operator has not configured one).
import { NOTICE, noticeText } from '@/packages/spaces/pages/consent/notice'
import { regionName } from '@/common/privacy/regions'
import { privacyDeployment } from '../../../server/privacy/deployment'

const REQUIRED = ['purpose', 'what', 'where', 'security', 'who', 'retention', 'rights', 'refuse', 'complaint', 'officer', 'confirm']

const configured = {
  retentionDays: 60,
  deletionNoticeDays: 14,
  deployment: { region: 'ap-shanghai', officer: { name: '赵敏', contact: '0755-12345678' } }
}

test.each(['zh-CN', 'en'] as const)('%s: every required element is there, once, with the values filled in', (lang) => {
  expect(NOTICE[lang].sections.map((s) => s.id)).toEqual(REQUIRED)
  const text = noticeText(lang, configured)
  const all = text.sections.map((s) => s.body).join('\n')
  expect(all).not.toMatch(/\{\w+\}/)
  expect(all).toContain('赵敏')
  expect(all).toContain('0755-12345678')
  expect(all).toContain(regionName(lang, 'ap-shanghai'))
  expect(text.sections.find((s) => s.id === 'retention')!.body).toMatch(/60[^0-9][\s\S]*14[^0-9]/)
})

test('the retention section says the whole profile is deleted, not only attendance and health notes', () => {
  expect(noticeText('zh-CN', configured).sections.find((s) => s.id === 'retention')!.body).toContain('孩子的全部信息')
  expect(noticeText('en', configured).sections.find((s) => s.id === 'retention')!.body).toContain('all of the child’s details')
})

test('unconfigured deployment: the notice says the operator has not filled it in', () => {
  const text = noticeText('zh-CN', { ...configured, deployment: { region: null, officer: null } })
  expect(text.sections.find((s) => s.id === 'officer')!.body).toContain('运营方还没有填写')
})

test('deployment configuration: officer only when both name and contact are set; DATA_REGION over the platform region', () => {
  expect(privacyDeployment({ PRIVACY_OFFICER_NAME: ' 赵敏 ', PRIVACY_OFFICER_CONTACT: 'a@b.cn', TENCENTCLOUD_REGION: 'ap-guangzhou' })).toEqual({
    region: 'ap-guangzhou',
    officer: { name: '赵敏', contact: 'a@b.cn' }
  })
  expect(privacyDeployment({ PRIVACY_OFFICER_NAME: '赵敏', DATA_REGION: 'ap-beijing', TENCENTCLOUD_REGION: 'ap-guangzhou' })).toEqual({ region: 'ap-beijing', officer: null })
  expect(privacyDeployment({})).toEqual({ region: null, officer: null })
})
