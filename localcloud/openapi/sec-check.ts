// security.msgSecCheck (version 2), emulated: a word list stands in for
// WeChat's classifier. Text containing a blocked word is `risky`, a review word
// `review`, anything else `pass`; every check is recorded (tests and the dev
// page read them). Faults (errcodes such as -1 "system busy", or a reply that
// comes late, to stand for a timeout) can be armed like subscribe faults.
//
// Request (snake_case, as the SDK sends it): {version: 2, openid, scene: 1-4,
// content (<= 2500 characters), nickname?, title?, signature?}.
// Reply: {errcode: 0, errmsg: 'ok', trace_id, result: {suggest, label},
// detail: [{strategy, errcode, suggest, label, prob?, keyword?}]}; label is a
// number (100 normal, 20001 politics, 20002 porn, 20003 abuse, 20006 illegal,
// 20008 fraud, 20012 vulgar, 21000 other).
import { z } from 'zod'

export type Suggest = 'pass' | 'review' | 'risky'

export const LABEL_NORMAL = 100
export const LABEL_RISKY = 20006
export const LABEL_REVIEW = 21000
export const MAX_CONTENT_CHARS = 2500

/** What a local cloud starts with (npm start); tests and the dev endpoint replace them. */
export const DEFAULT_WORDS = {
  blocked: ['违禁词', 'blockedword'],
  review: ['待审词', 'reviewword']
}

export const SecCheckWordsSchema = z
  .object({
    blocked: z.array(z.string().min(1)),
    review: z.array(z.string().min(1))
  })
  .partial()
export type SecCheckWords = z.infer<typeof SecCheckWordsSchema>

export const SecCheckFaultSchema = z
  .object({
    openid: z.string().optional(),
    /** only checks whose content includes this text */
    contains: z.string().optional(),
    /** the WeChat errcode to answer (-1 system busy, 45009 quota, 40003 openid...) */
    errcode: z.number().int().optional(),
    errmsg: z.string().default('injected fault'),
    /** hold the reply this long first (a client timeout shorter than this sees a timeout) */
    delayMs: z.number().int().min(0).max(60_000).optional(),
    /** how many matching checks it hits; omitted = until cleared */
    times: z.number().int().positive().optional()
  })
  .refine((f) => f.errcode !== undefined || f.delayMs !== undefined, { message: 'give errcode and/or delayMs' })
export type SecCheckFault = z.infer<typeof SecCheckFaultSchema>

export interface SecCheckRecord {
  seq: number
  at: string
  functionName?: string
  openid: string
  scene: number
  content: string
  title?: string
  nickname?: string
  /** the verdict, or the injected errcode */
  suggest?: Suggest
  errcode: number
}

export interface SecCheckReply {
  body: { errcode: number; errmsg: string; [k: string]: unknown }
  delayMs: number
}

/** Case-insensitive and blind to whitespace, so "违 禁 词" is still found. */
function squash(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}

export class ContentChecker {
  private words = { blocked: [...DEFAULT_WORDS.blocked], review: [...DEFAULT_WORDS.review] }
  private faults: SecCheckFault[] = []
  private readonly records: SecCheckRecord[] = []
  private seq = 0

  /** Replaces the given lists (an omitted list is kept). */
  configure(words: SecCheckWords): void {
    if (words.blocked) this.words.blocked = [...words.blocked]
    if (words.review) this.words.review = [...words.review]
  }

  wordLists(): { blocked: string[]; review: string[] } {
    return { blocked: [...this.words.blocked], review: [...this.words.review] }
  }

  arm(fault: z.input<typeof SecCheckFaultSchema>): void {
    this.faults.push(SecCheckFaultSchema.parse(fault))
  }

  clearFaults(): void {
    this.faults = []
  }

  list(): SecCheckRecord[] {
    return [...this.records]
  }

  clear(): void {
    this.records.length = 0
  }

  /** Back to the default word lists, no faults, no records. */
  reset(): void {
    this.configure(DEFAULT_WORDS)
    this.clearFaults()
    this.clear()
  }

  /** The verdict of the word lists alone (pure). */
  classify(text: string): { suggest: Suggest; label: number; keyword?: string } {
    const t = squash(text)
    const blocked = this.words.blocked.find((w) => t.includes(squash(w)))
    if (blocked) return { suggest: 'risky', label: LABEL_RISKY, keyword: blocked }
    const review = this.words.review.find((w) => t.includes(squash(w)))
    if (review) return { suggest: 'review', label: LABEL_REVIEW, keyword: review }
    return { suggest: 'pass', label: LABEL_NORMAL }
  }

  /** WeChat's reply to one check, and how long to hold it. */
  check(req: Record<string, unknown>, functionName?: string): SecCheckReply {
    const openid = typeof req.openid === 'string' ? req.openid : ''
    const content = typeof req.content === 'string' ? req.content : ''
    const scene = Number(req.scene)
    const title = typeof req.title === 'string' ? req.title : undefined
    const nickname = typeof req.nickname === 'string' ? req.nickname : undefined
    const signature = typeof req.signature === 'string' ? req.signature : undefined
    const refuse = (errcode: number, errmsg: string): SecCheckReply => ({ body: { errcode, errmsg }, delayMs: 0 })
    // version 1 (no openid/scene) is frozen and weaker: this app must use 2
    if (Number(req.version) !== 2) return refuse(47001, 'data format error: version must be 2')
    if (!openid) return refuse(40003, 'invalid openid')
    if (![1, 2, 3, 4].includes(scene)) return refuse(40129, 'invalid scene')
    if (!content) return refuse(44002, 'empty post data')
    if (content.length > MAX_CONTENT_CHARS) return refuse(47001, `data format error: content over ${MAX_CONTENT_CHARS} characters`)

    const record: SecCheckRecord = { seq: ++this.seq, at: new Date().toISOString(), functionName, openid, scene, content, title, nickname, errcode: 0 }
    this.records.push(record)
    if (this.records.length > 1000) this.records.splice(0, 500)
    const all = [content, title, nickname, signature].filter((s): s is string => !!s).join('\n')
    const fault = this.faults.find((f) => (f.openid === undefined || f.openid === openid) && (f.contains === undefined || all.includes(f.contains)))
    if (fault) {
      if (fault.times !== undefined && --fault.times <= 0) this.faults = this.faults.filter((f) => f !== fault)
      if (fault.errcode !== undefined) {
        record.errcode = fault.errcode
        return { body: { errcode: fault.errcode, errmsg: fault.errmsg }, delayMs: fault.delayMs ?? 0 }
      }
    }
    const verdict = this.classify(all)
    record.suggest = verdict.suggest
    const traceId = `local-${record.seq}`
    return {
      delayMs: fault?.delayMs ?? 0,
      body: {
        errcode: 0,
        errmsg: 'ok',
        trace_id: traceId,
        result: { suggest: verdict.suggest, label: verdict.label },
        detail: [
          { strategy: 'content_model', errcode: 0, suggest: verdict.suggest === 'risky' ? 'risky' : 'pass', label: verdict.suggest === 'risky' ? verdict.label : LABEL_NORMAL, prob: 90 },
          { strategy: 'keyword', errcode: 0, suggest: verdict.suggest, label: verdict.label, ...(verdict.keyword ? { level: 20, keyword: verdict.keyword } : {}) }
        ]
      }
    }
  }
}
