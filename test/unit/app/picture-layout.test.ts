// Save-as-picture layout: every line fits the picture, nothing of the text is lost or reordered,
// Chinese punctuation never starts a line, English words are not cut, and long text is capped.
import { layoutPicture, PICTURE_WIDTH, wrapText } from '@/packages/learning/lib/share/picture-layout'

// A monospace stand-in for the canvas: CJK characters one em, other characters half.
const em = (size: number) => (s: string) => [...s].reduce((w, ch) => w + (/[\u0000-\u00ff]/.test(ch) ? size / 2 : size), 0)
const ZH = '孩子不在身边的时候，打电话不要只问成绩。先问问他今天开心不开心，和谁一起玩，吃了什么。听他说完，再说说您自己这一天：工厂里的事、路上看见的东西，让他觉得您的日子和他连在一起。'
const EN = 'When you call, do not only ask about marks. Ask what made your child laugh today, who they played with, and what they ate; then tell them about your own day.'

test.each([
  ['Chinese', ZH, 40],
  ['English', EN, 40],
  ['mixed, with a newline', `第一步：先听。\nListen first, then talk about your day（您的一天）。`, 46]
])('%s: lines fit, keep the text in order, no line starts with closing punctuation', (_name, text, size) => {
  const width = 300
  const lines = wrapText(text, width, em(size as number))
  expect(lines.length).toBeGreaterThan(1)
  for (const line of lines) expect(em(size as number)(line)).toBeLessThanOrEqual(width)
  expect(lines.join('').replace(/\s+/g, '')).toBe((text as string).replace(/\s+/g, ''))
  for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、！？；：）》」』,.!?;:)]/)
})

test('English words stay whole unless one is wider than a line', () => {
  const lines = wrapText(EN, 300, em(40))
  const words = new Set(EN.split(/\s+/).map((w) => w.replace(/[^A-Za-z']/g, '')))
  for (const line of lines) for (const w of line.split(/\s+/)) expect(words.has(w.replace(/[^A-Za-z']/g, ''))).toBe(true)
  const long = wrapText('Supercalifragilisticexpialidocious', 200, em(40))
  expect(long.length).toBeGreaterThan(1)
  for (const line of long) expect(em(40)(line)).toBeLessThanOrEqual(200)
})

test('the picture: kicker, bold title, large body, footer; height grows with the text; a very long text is cut with …', () => {
  const measure = (s: string, size: number) => em(size)(s)
  const short = layoutPicture({ kicker: '今日小提示', title: '打电话', body: ZH, footer: '亲子桥' }, measure)
  expect(short.width).toBe(PICTURE_WIDTH)
  expect(short.lines[0]).toMatchObject({ text: '今日小提示', bold: false })
  expect(short.lines[1]).toMatchObject({ text: '打电话', bold: true })
  expect(short.lines.at(-1)).toMatchObject({ text: '亲子桥' })
  for (const l of short.lines) expect(l.x + measure(l.text, l.size)).toBeLessThanOrEqual(PICTURE_WIDTH)
  const ys = short.lines.map((l) => l.y)
  expect([...ys].sort((a, b) => a - b)).toEqual(ys)
  expect(short.height).toBeGreaterThan(ys.at(-1)!)
  // body text is at least 40 px on a 750 px picture: readable on a grandparent's phone
  expect(Math.min(...short.lines.slice(2, -1).map((l) => l.size))).toBeGreaterThanOrEqual(40)

  const longer = layoutPicture({ kicker: 'k', title: 't', body: ZH.repeat(2), footer: 'f' }, measure)
  expect(longer.height).toBeGreaterThan(short.height)
  const huge = layoutPicture({ kicker: 'k', title: 't', body: ZH.repeat(40), footer: 'f' }, measure)
  const body = huge.lines.filter((l) => l.size === 40)
  expect(body).toHaveLength(40)
  expect(body.at(-1)!.text.endsWith('…')).toBe(true)
})
