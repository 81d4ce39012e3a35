// The shared text primitives: what every user-written text becomes at the boundary.
import { cleanText, lineText, loneSurrogateAt, multilineText, TEXT_LONE_SURROGATE } from '../../../src/common/schemas/primitives'
import { SpaceFieldsSchema } from '../../../src/common/spaces/schemas'
import { NoticeFieldsSchema } from '../../../src/common/reminders/schemas'
import { MeUpdatePayloadSchema } from '../../../src/common/schemas/me'

const RLO = '\u202E'
const PDF = '\u202C'

describe('cleanText', () => {
  test('normalises to NFC: a decomposed é equals the composed one', () => {
    expect(cleanText('Cafe\u0301', false)).toBe('Caf\u00e9')
    expect(cleanText('Cafe\u0301', false)).toHaveLength(4)
  })

  test('strips bidi overrides, embeddings, isolates and marks', () => {
    const raw = `${RLO}gnp.exe${PDF} \u2066a\u2069 \u202Ab\u202C \u200Ec\u200F \u061Cd`
    expect(cleanText(raw, false)).toBe('gnp.exe a b c d')
  })

  test('strips C0/C1 controls, zero-width space and BOM, keeps ZWJ emoji sequences', () => {
    expect(cleanText('\uFEFF李\u0000四\u0007\u200B\u0085', false)).toBe('李四')
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'
    expect(cleanText(`家${family}`, false)).toBe(`家${family}`)
  })

  test('single line: line breaks and tabs become spaces; trimmed', () => {
    expect(cleanText('  第一行\r\n第二行\t第三行\u2028 ', false)).toBe('第一行 第二行 第三行')
  })

  test('multi-line: CRLF/CR/LS become \\n, trailing spaces per line go, at most two blank lines', () => {
    expect(cleanText('a  \r\nb\rc\u2029d\n\n\n\n\n\ne', true)).toBe('a\nb\nc\nd\n\n\ne')
  })

  test('text that is only invisible characters becomes empty', () => {
    expect(cleanText(`${RLO}\u200B\uFEFF `, true)).toBe('')
  })
})

describe('loneSurrogateAt', () => {
  test('finds unpaired high and low surrogates, accepts pairs', () => {
    expect(loneSurrogateAt('ok \u{1F600}')).toBe(-1)
    expect(loneSurrogateAt('ab\uD83D')).toBe(2)
    expect(loneSurrogateAt('\uDE00ab')).toBe(0)
    expect(loneSurrogateAt('a\uD83Dx\uDE00')).toBe(1)
  })
})

describe('lineText / multilineText schemas', () => {
  test('refuse a lone surrogate with a field-level validation issue', () => {
    const r = lineText(1, 20).safeParse('王\uD800')
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues[0].message).toBe(TEXT_LONE_SURROGATE)
  })

  test('length limits apply to the cleaned text, so invisible padding cannot pass an empty name', () => {
    expect(lineText(1, 20).safeParse(`${RLO}${PDF}`).success).toBe(false)
    expect(lineText(1, 3).parse(`${RLO}abc${PDF}`)).toBe('abc')
    expect(lineText(1, 3).safeParse('abcd').success).toBe(false)
  })

  test('multi-line keeps line breaks, single line does not', () => {
    expect(multilineText(0, 50).parse('一\n二')).toBe('一\n二')
    expect(lineText(0, 50).parse('一\n二')).toBe('一 二')
  })
})

describe('action schemas use the primitives', () => {
  test('a space name with a bidi override is stored without it; notes keep their lines', () => {
    const base = {
      location: '厂区 A 栋',
      startDate: '2026-07-01',
      endDate: '2026-08-01',
      dailyHours: { start: '08:00', end: '18:00' },
      capacity: 10,
      minAge: 3,
      maxAge: 12,
      registrationOpens: '2026-06-01',
      registrationCloses: '2026-06-20',
      requiresApproval: false
    }
    const parsed = SpaceFieldsSchema.parse({ ...base, name: `${RLO}班托夏${PDF}`, notesForParents: '带水杯\r\n带帽子' })
    expect(parsed.name).toBe('班托夏')
    expect(parsed.notesForParents).toBe('带水杯\n带帽子')
  })

  test('notice title and body, and the display name, are cleaned', () => {
    const n = NoticeFieldsSchema.parse({ title: `\u2067通知\u2069`, body: 'x\u0000y', audience: { type: 'factory_workers' } })
    expect(n).toMatchObject({ title: '通知', body: 'xy' })
    expect(MeUpdatePayloadSchema.parse({ displayName: 'Jose\u0301\u200F' })).toEqual({ displayName: 'Jos\u00e9' })
    expect(MeUpdatePayloadSchema.safeParse({ displayName: '\uDC00' }).success).toBe(false)
  })
})
