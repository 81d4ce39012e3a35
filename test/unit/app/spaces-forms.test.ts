// The spaces forms' checks (run before anything is sent): plain-language problems per field,
// and the season form's cross-field rules taken from the contract's spaceFieldProblems.
import { checkChild, fieldsOf as childFields, newDraft } from '@/packages/spaces/pages/child-edit/draft'
import { checkSeason, newSeason, type SeasonDraft } from '@/packages/hr/pages/season-edit/draft'
import { spacesScreensEn } from '@/packages/spaces/shared/i18n/en'
import { spacesScreensZhCN } from '@/packages/spaces/shared/i18n/zh-CN'
import { NOTICE, NOTICE_VERSION } from '@/packages/spaces/pages/consent/notice'
import { CHILD_PRIVACY_POLICY_VERSION } from '@/common/spaces/policy'
import { actions } from '@/common/api'
import dayjs from 'dayjs'

const TODAY = dayjs('2026-07-01')

function fullChild() {
  const d = newDraft()
  d.givenName = '小明'
  d.birthDate = '2018-05-02'
  d.relation = 'mother'
  d.contacts = [
    { name: '王芳', relation: '奶奶', phone: '13800000001', pin: '' },
    { name: '李强', relation: '爸爸', phone: '13800000002', pin: '' }
  ]
  d.pickups = [{ name: '王芳', relation: '奶奶', phone: '13800000001', pin: '4821' }]
  return d
}

test('an empty child form names every missing field', () => {
  const problems = checkChild(newDraft(), TODAY)
  expect(problems).toMatchObject({
    givenName: 'spaces.child.err.givenName',
    birthDate: 'spaces.child.err.birthDate',
    relation: 'spaces.child.err.relation',
    'contacts.0.phone': 'spaces.child.err.phoneMissing',
    'pickups.0.pin': 'spaces.child.err.pinMissing'
  })
})

test('a complete child form passes and is accepted by the contract', () => {
  const d = fullChild()
  expect(checkChild(d, TODAY)).toEqual({})
  expect(actions['children.create'].payload.safeParse(childFields(d)).success).toBe(true)
})

test('bad values are caught before sending: future birth date, short PIN, bad phone', () => {
  const d = fullChild()
  d.birthDate = '2026-08-01'
  d.pickups[0].pin = '12'
  d.contacts[1].phone = 'abc'
  expect(checkChild(d, TODAY)).toEqual({
    birthDate: 'spaces.child.err.birthDateBad',
    'pickups.0.pin': 'spaces.child.err.pinBad',
    'contacts.1.phone': 'spaces.child.err.phoneBad'
  })
})

test('editing: an existing pickup person may keep their PIN (empty field)', () => {
  const d = fullChild()
  d.pickups = [{ id: 'p1', name: '王芳', relation: '奶奶', phone: '13800000001', pin: '' }]
  expect(checkChild(d, TODAY)).toEqual({})
  expect(childFields(d).pickupPeople[0]).toEqual({ id: 'p1', name: '王芳', relation: '奶奶', phone: '13800000001' })
})

function fullSeason(): SeasonDraft {
  return {
    ...newSeason(),
    name: '暑期班', location: 'B栋', startDate: '2026-07-10', endDate: '2026-08-20', capacity: '30', minAge: '3', maxAge: '14',
    registrationOpens: '2026-06-01', registrationCloses: '2026-07-05'
  }
}

test('season form: missing and out-of-range values', () => {
  expect(checkSeason(newSeason())).toMatchObject({ name: 'spaces.hr.err.name', startDate: 'spaces.form.err.pickDate', capacity: 'spaces.hr.err.capacityMissing' })
  expect(checkSeason({ ...fullSeason(), capacity: '0', maxAge: '18' })).toEqual({ capacity: 'spaces.hr.err.capacity', maxAge: 'spaces.hr.err.age' })
  expect(checkSeason(fullSeason())).toEqual({})
})

test("season form: the contract's cross-field rules point at the right field", () => {
  expect(checkSeason({ ...fullSeason(), endDate: '2026-07-01' })).toMatchObject({ endDate: 'spaces.hr.err.endBeforeStart' })
  expect(checkSeason({ ...fullSeason(), minAge: '10', maxAge: '5' })).toEqual({ maxAge: 'spaces.hr.err.maxBelowMin' })
  expect(checkSeason({ ...fullSeason(), hoursStart: '18:00', hoursEnd: '08:00' })).toEqual({ hoursEnd: 'spaces.hr.err.hoursOrder' })
  expect(checkSeason({ ...fullSeason(), registrationCloses: '2026-05-01' })).toEqual({ registrationCloses: 'spaces.hr.err.windowOrder' })
  expect(checkSeason({ ...fullSeason(), registrationCloses: '2026-09-01' })).toEqual({ registrationCloses: 'spaces.hr.err.windowAfterEnd' })
})

test('screen dictionaries: same keys in both languages, all spaces.*', () => {
  expect(Object.keys(spacesScreensEn).sort()).toEqual(Object.keys(spacesScreensZhCN).sort())
  expect(Object.keys(spacesScreensZhCN).every((k) => k.startsWith('spaces.'))).toBe(true)
})

test('the notice shown is the version the server asks consent for, in both languages', () => {
  expect(NOTICE_VERSION).toBe(CHILD_PRIVACY_POLICY_VERSION)
  expect(NOTICE.en.sections).toHaveLength(NOTICE['zh-CN'].sections.length)
})
