// $lookup by equality (localField/foreignField), answered the way the real service answers it
// through an index: only the foreign documents that join are read and copied. mingo's own
// $lookup needs the whole foreign collection, copied, for every request (a registration's
// context joins users, consents, registrations and spaces: four whole collections per call).
// Forms this cannot answer exactly (a sub-pipeline, let, null or object keys, dotted foreign
// paths) return null, and the caller runs mingo's $lookup instead.
import type { Doc } from './ejson'

export interface EqualityLookup {
  from: string
  localField: string
  foreignField: string
  as: string
}

/** How the join reads the foreign collection: by _id (the index every collection has), or all of it. */
export interface ForeignSide {
  exists: boolean
  byId(id: string): Doc | undefined
  all(): Doc[]
}

type Key = string | number | boolean

const isKey = (v: unknown): v is Key => typeof v === 'string' || (typeof v === 'number' && !Number.isNaN(v)) || typeof v === 'boolean'

/** The stage's spec when it is a plain equality join, else null. */
export function equalityLookupOf(stage: Record<string, unknown>): EqualityLookup | null {
  const spec = stage.$lookup as Record<string, unknown> | undefined
  if (!spec || typeof spec !== 'object' || Object.keys(stage).length !== 1) return null
  const { from, localField, foreignField, as } = spec
  if ('pipeline' in spec || 'let' in spec) return null
  if (typeof from !== 'string' || typeof localField !== 'string' || typeof foreignField !== 'string' || typeof as !== 'string') return null
  if (foreignField.includes('.') || as.includes('.')) return null
  return { from, localField, foreignField, as }
}

/** A field's value by dotted path, or null when the path crosses an array (mingo flattens those). */
function localKeys(doc: Doc, path: string): Key[] | null {
  let cur: unknown = doc
  for (const part of path.split('.')) {
    if (Array.isArray(cur) || cur === null || typeof cur !== 'object') return null
    cur = (cur as Record<string, unknown>)[part]
  }
  if (isKey(cur)) return [cur]
  if (Array.isArray(cur) && cur.every(isKey)) return cur
  return null
}

function foreignKeys(doc: Doc, field: string): unknown[] {
  const v = doc[field]
  return Array.isArray(v) ? v : [v]
}

/**
 * Adds `as` to every document: the foreign documents whose foreignField equals the local value
 * (either side may be an array: any element), in collection order per local value, each once.
 * Copies of the joined documents, made by `copy`. Null when a document's key is not a plain value.
 */
export function joinByEquality(docs: Doc[], spec: EqualityLookup, foreign: ForeignSide, copy: (d: Doc) => Doc): Doc[] | null {
  const keysPerDoc: Key[][] = []
  for (const d of docs) {
    const keys = localKeys(d, spec.localField)
    if (!keys) return null
    keysPerDoc.push(keys)
  }
  let scanned: Map<Key, Doc[]> | null = null
  const matchesOf = (key: Key): Doc[] => {
    if (!foreign.exists) return []
    if (spec.foreignField === '_id' && typeof key === 'string') {
      const doc = foreign.byId(key)
      return doc ? [doc] : []
    }
    if (!scanned) {
      // one pass over the collection for all the keys this request joins on
      const wanted = new Set(keysPerDoc.flat())
      scanned = new Map()
      for (const doc of foreign.all()) {
        const seen = new Set<Key>()
        for (const v of foreignKeys(doc, spec.foreignField)) {
          if (!isKey(v) || !wanted.has(v) || seen.has(v)) continue
          seen.add(v)
          const list = scanned.get(v) ?? []
          list.push(doc)
          scanned.set(v, list)
        }
      }
    }
    return scanned.get(key) ?? []
  }
  return docs.map((d, i) => {
    const joined = [...new Set(keysPerDoc[i].flatMap(matchesOf))]
    return { ...d, [spec.as]: joined.map(copy) }
  })
}
