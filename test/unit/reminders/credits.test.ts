import { acceptedTemplates, applyCreditEvent, canSend, classifySendError, type CreditState } from '../../../src/common/reminders/credits'

const start: CreditState = { credit: 0, mainSwitchOff: false }
const run = (events: Parameters<typeof applyCreditEvent>[1][], s = start) => events.reduce(applyCreditEvent, s)

test('each accept allows exactly one message; a send uses it', () => {
  const two = run([{ type: 'subscribe', outcome: 'accept' }, { type: 'subscribe', outcome: 'accept' }])
  expect(two.credit).toBe(2)
  expect(canSend(two)).toBe(true)
  const used = run([{ type: 'sent' }, { type: 'sent' }], two)
  expect(used.credit).toBe(0)
  expect(canSend(used)).toBe(false)
})

test('reject, ban and filter grant nothing and keep earlier credits', () => {
  const one = run([{ type: 'subscribe', outcome: 'accept' }, { type: 'subscribe', outcome: 'reject' }, { type: 'subscribe', outcome: 'ban' }, { type: 'subscribe', outcome: 'filter' }])
  expect(one).toEqual({ credit: 1, mainSwitchOff: false })
})

test('the count never goes below zero', () => {
  expect(run([{ type: 'sent' }, { type: 'sent' }]).credit).toBe(0)
})

test('43101 from WeChat sets the credit to 0 whatever we counted', () => {
  const s = run([{ type: 'subscribe', outcome: 'accept' }, { type: 'subscribe', outcome: 'accept' }, { type: 'send_failed', errCode: 43101 }])
  expect(s.credit).toBe(0)
})

test('20004 (main switch off) voids the credit and stops asking until an accept', () => {
  const off = run([{ type: 'subscribe', outcome: 'accept' }, { type: 'request_failed', errCode: 20004 }])
  expect(off).toEqual({ credit: 0, mainSwitchOff: true })
  expect(canSend({ credit: 3, mainSwitchOff: true })).toBe(false)
  expect(run([{ type: 'subscribe', outcome: 'accept' }], off)).toEqual({ credit: 1, mainSwitchOff: false })
  // other request errors change nothing
  expect(run([{ type: 'request_failed', errCode: 10005 }], { credit: 2, mainSwitchOff: false }).credit).toBe(2)
})

test('other send errors leave the credit alone (it is given back when WeChat did not use it)', () => {
  expect(run([{ type: 'send_failed', errCode: 47003 }], { credit: 1, mainSwitchOff: false }).credit).toBe(1)
})

test('a report counts each accepted template once', () => {
  expect(
    acceptedTemplates([
      { templateId: 'A', outcome: 'accept' },
      { templateId: 'B', outcome: 'reject' },
      { templateId: 'A', outcome: 'accept' }
    ])
  ).toEqual(['A'])
})

test('send errors are sorted into no credit, switch off, permanent and transient', () => {
  expect(classifySendError(43101)).toBe('no_credit')
  expect(classifySendError(20004)).toBe('switch_off')
  expect(classifySendError(47003)).toBe('permanent')
  expect(classifySendError(40037)).toBe('permanent')
  expect(classifySendError(45009)).toBe('transient')
  expect(classifySendError(-1)).toBe('transient')
  expect(classifySendError(undefined)).toBe('transient')
})
