import { fieldTypeOf, formatDate, formatField, formatTime, renderFields, truncate } from '../../../src/common/reminders/message-fields'

test('keyword types come from the key prefix', () => {
  expect(fieldTypeOf('thing1')).toBe('thing')
  expect(fieldTypeOf('character_string12')).toBe('character_string')
  expect(fieldTypeOf('phrase3')).toBe('phrase')
  expect(fieldTypeOf('foo1')).toBeNull()
  expect(fieldTypeOf('thing')).toBeNull()
})

test('thing: at most 20 characters, cut with an ellipsis inside the limit, one line, never empty', () => {
  const long = '高温预警：明天托管提前到下午4点结束，请按时来接孩子'
  const v = formatField('thing', long)
  expect(Array.from(v)).toHaveLength(20)
  expect(v).toBe('高温预警：明天托管提前到下午4点结束，…')
  expect(formatField('thing', '恰好二十个字恰好二十个字恰好二十个字恰好')).toBe('恰好二十个字恰好二十个字恰好二十个字恰好')
  expect(formatField('thing', '第一行\n第二行')).toBe('第一行 第二行')
  expect(formatField('thing', '   ')).toBe('-')
  // an emoji is one character and is never split
  expect(Array.from(truncate('😀'.repeat(25), 20))).toHaveLength(20)
})

test('phrase: only Chinese characters, at most 5', () => {
  expect(formatField('phrase', '已确认')).toBe('已确认')
  expect(formatField('phrase', '候补中（第3位）')).toBe('候补中第位')
  expect(formatField('phrase', '已经确认了名额')).toBe('已经确认了')
  expect(formatField('phrase', 'OK')).toBe('-')
})

test('name: at most 10 Chinese characters or 20 letters', () => {
  expect(formatField('name', '欧阳小明明明明明明明明')).toBe('欧阳小明明明明明明明')
  expect(formatField('name', 'Alexandria Ocasio-Cortez')).toBe('Alexandria Ocasio-Co')
})

test('time and date in China time in the formats WeChat accepts', () => {
  const at = new Date('2026-07-01T07:05:00Z') // 15:05 in China
  expect(formatTime(at)).toBe('2026年7月1日 15:05')
  expect(formatDate(new Date('2026-06-30T16:30:00Z'))).toBe('2026年7月1日') // already the next day in China
  expect(formatField('time', '2026-07-01T07:05:00.000Z')).toBe('2026年7月1日 15:05')
  expect(formatField('date', 'not a date')).toBe('-')
})

test('character_string and number keep only what WeChat allows', () => {
  expect(formatField('character_string', 'AB-12 三')).toBe('AB-12')
  expect(formatField('number', '共 38 度')).toBe('38')
})

test('a mapping fills each keyword from its value; an unknown keyword type is a registry bug', () => {
  const data = renderFields({ thing1: 'title', time2: 'at' }, { title: '换班通知', at: new Date('2026-07-01T00:00:00Z') })
  expect(data).toEqual({ thing1: { value: '换班通知' }, time2: { value: '2026年7月1日 08:00' } })
  expect(() => renderFields({ color1: 'title' }, { title: 'x' })).toThrow(/no known type/)
})
