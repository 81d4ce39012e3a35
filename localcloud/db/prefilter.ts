// What an index does for the real service, in a few lines: a query (or an aggregation's first
// $match) on top-level fields by equality or $in hands mingo only the documents that can match
// (a cheap loop), instead of every document of the collection. The $match stage itself still
// runs in mingo, so the result is exactly the same; only the work shrinks.
import type { Doc } from './ejson'

type Test = (doc: Doc) => boolean

const isPrimitive = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v)

/** A test keeping (at least) every document the condition on `field` can match, or null if unsure. */
function fieldTest(field: string, cond: unknown): Test | null {
  if (field.startsWith('$') || field.includes('.')) return null
  let values: (string | number | boolean)[] | null = null
  if (isPrimitive(cond)) values = [cond]
  else if (cond && typeof cond === 'object' && !Array.isArray(cond)) {
    const ops = Object.keys(cond)
    const c = cond as Record<string, unknown>
    if (ops.length === 1 && ops[0] === '$eq' && isPrimitive(c.$eq)) values = [c.$eq]
    else if (ops.length === 1 && ops[0] === '$in' && Array.isArray(c.$in) && c.$in.every(isPrimitive)) values = c.$in as (string | number | boolean)[]
  }
  if (!values) return null
  const set = new Set(values)
  // Mongo equality also matches an array holding the value.
  return (doc) => {
    const v = doc[field]
    return Array.isArray(v) ? v.some((x) => set.has(x)) : set.has(v as string)
  }
}

/** Tests every document matching `query` passes: its top-level fields, and those of top-level $and members. */
function queryTests(query: Record<string, unknown>): Test[] {
  const tests: Test[] = []
  for (const [field, cond] of Object.entries(query)) {
    if (field === '$and' && Array.isArray(cond)) {
      for (const part of cond) if (part && typeof part === 'object' && !Array.isArray(part)) tests.push(...queryTests(part as Record<string, unknown>))
      continue
    }
    const t = fieldTest(field, cond)
    if (t) tests.push(t)
  }
  return tests
}

/** Narrows `docs` for a query (a where() of get, count, update, remove); unchanged when nothing is usable. */
export function prefilterForQuery(docs: Doc[], query: Record<string, unknown> | null | undefined): Doc[] {
  if (!query || typeof query !== 'object') return docs
  const tests = queryTests(query)
  if (!tests.length) return docs
  return docs.filter((d) => tests.every((t) => t(d)))
}

/** Narrows `docs` for a pipeline; returns them unchanged when the first stage gives no usable test. */
export function prefilterForPipeline(docs: Doc[], stages: Record<string, unknown>[]): Doc[] {
  const first = stages[0]
  if (!first || !('$match' in first)) return docs
  return prefilterForQuery(docs, first.$match as Record<string, unknown> | null)
}
