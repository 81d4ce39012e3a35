// The `database.*` actions of the CloudBase API, over the Store, with MongoDB
// semantics from mingo. Each action runs synchronously, so actions never interleave.
import { Aggregator, Query, update as applyUpdate } from 'mingo'
import { isOperatorUpdate, normalizeUpdate, parseWire, toWire, type Doc } from './ejson'
import { newDocId, Store, StoreError, type Write } from './store'
import { prefilterForPipeline, prefilterForQuery } from './prefilter'
import { equalityLookupOf, joinByEquality, type ForeignSide } from './lookup'

export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

export type DbParams = Record<string, any>
export type DbReply = Record<string, unknown>

const DEFAULT_LIMIT = 100
const MAX_LIMIT = 1000
const AGGREGATE_DEFAULT_LIMIT = 20
const TX_TTL_MS = 5 * 60_000

interface Tx {
  id: string
  startedAt: number
  /** "coll\0id" → version first seen (0 = did not exist) */
  seen: Map<string, number>
  /** "coll\0id" → staged write */
  writes: Map<string, Write>
}

const txKey = (coll: string, id: string) => `${coll}\u0000${id}`

/** The ids a query is limited to (`_id: "x"` or `_id: {$in: [strings]}` at its top level), or null. */
function idsNamedBy(query: Doc | undefined): string[] | null {
  const id = query?._id
  if (typeof id === 'string') return [id]
  if (id && typeof id === 'object' && !Array.isArray(id) && Object.keys(id).length === 1 && Array.isArray((id as Doc).$in)) {
    const list = (id as { $in: unknown[] }).$in
    if (list.every((x) => typeof x === 'string')) return [...new Set(list as string[])]
  }
  return null
}

/**
 * A deep copy whose Dates are made in this module's realm. (structuredClone makes them in the
 * host realm: under a test runner's vm context mingo then no longer sees them as Dates, and date
 * arithmetic such as $subtract fails.)
 */
function clone<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v
  if (Object.prototype.toString.call(v) === '[object Date]') return new Date((v as unknown as Date).getTime()) as T
  if (Array.isArray(v)) return v.map(clone) as T
  const proto = Object.getPrototypeOf(v)
  if (proto !== Object.prototype && proto !== null) return structuredClone(v)
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(v)) out[k] = clone((v as Record<string, unknown>)[k])
  return out as T
}

function sortSpec(order: unknown): Record<string, 1 | -1> | undefined {
  if (!order) return undefined
  if (Array.isArray(order)) {
    const spec: Record<string, 1 | -1> = {}
    for (const o of order) spec[o.field] = o.direction === 'desc' || o.direction === -1 ? -1 : 1
    return spec
  }
  const spec = order as Record<string, unknown>
  return Object.keys(spec).length ? (spec as Record<string, 1 | -1>) : undefined
}

function boundedLimit(limit: unknown): number {
  const n = Number(limit ?? DEFAULT_LIMIT)
  if (!Number.isFinite(n) || n <= 0) return DEFAULT_LIMIT
  return Math.min(n, MAX_LIMIT)
}

export class DbEngine {
  private readonly txs = new Map<string, Tx>()

  constructor(readonly store: Store) {}

  handle(action: string, params: DbParams): DbReply {
    try {
      switch (action) {
        case 'database.addCollection':
          return this.addCollection(params)
        case 'database.insertDocument':
          return this.insert(params)
        case 'database.getDocument':
          return this.get(params)
        case 'database.modifyDocument':
          return this.modify(params)
        case 'database.removeDocument':
          return this.remove(params)
        case 'database.calculateDocument':
          return this.count(params)
        case 'database.aggregateDocuments':
          return this.aggregate(params)
        case 'database.startTransaction':
          return this.startTx()
        case 'database.commitTransaction':
          return this.commitTx(params)
        case 'database.abortTransaction':
          return this.abortTx(params)
        default:
          throw new DbError('DATABASE_REQUEST_FAILED', `unsupported action ${action}`)
      }
    } catch (e) {
      if (e instanceof DbError) throw e
      if (e instanceof StoreError) {
        throw new DbError(e.code === 'DATABASE_DUPLICATE_KEY' ? 'DATABASE_REQUEST_FAILED' : e.code, e.message)
      }
      throw new DbError('DATABASE_REQUEST_FAILED', (e as Error).message)
    }
  }

  // ---- collections -------------------------------------------------------

  private addCollection(p: DbParams): DbReply {
    if (!this.store.createCollection(String(p.collectionName))) {
      throw new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `Table exist: ${p.collectionName}`)
    }
    return {}
  }

  private requireColl(name: unknown): string {
    const coll = String(name ?? '')
    if (!this.store.hasCollection(coll)) throw new DbError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${coll}`)
    return coll
  }

  // ---- reads -------------------------------------------------------------

  /** The documents a request sees: the store, overlaid with its transaction's staged writes. */
  private view(coll: string, tx?: Tx): Doc[] {
    const base = this.store.docs(coll)
    if (!tx) return base
    const staged = [...tx.writes.values()].filter((w) => w.coll === coll)
    if (!staged.length) return base
    const byId = new Map(staged.map((w) => [w.id, w.doc]))
    const out = base.filter((d) => !byId.has(String(d._id))).concat(staged.filter((w) => w.doc).map((w) => w.doc!))
    return out
  }

  private match(coll: string, query: Doc | undefined, tx?: Tx): Doc[] {
    // A query naming its documents by id (`_id: x`, `_id: {$in: [...]}`, with or without other
    // conditions) looks only at those, as the real service does through its _id index: a
    // fan-out or a conditional update on a large collection must not scan all of it.
    const ids = idsNamedBy(query)
    if (ids) {
      const named = ids.map((id) => this.docById(coll, id, tx)).filter((d): d is Doc => !!d)
      if (Object.keys(query!).length === 1 && typeof query!._id === 'string') return named
      return new Query(query!, {}).find<Doc>(named).all()
    }
    const docs = this.view(coll, tx)
    if (!query || Object.keys(query).length === 0) return docs
    return new Query(query, {}).find<Doc>(prefilterForQuery(docs, query)).all()
  }

  /** One document as a request sees it (its transaction's staged write first). */
  private docById(coll: string, id: string, tx?: Tx): Doc | undefined {
    const staged = tx?.writes.get(txKey(coll, id))
    if (staged) return staged.doc ?? undefined
    return this.store.get(coll, id)?.doc
  }

  private get(p: DbParams): DbReply {
    const coll = this.requireColl(p.collectionName)
    const tx = this.tx(p)
    const query = parseWire(p.query) as Doc | undefined
    let cursor = new Query({}, {}).find<Doc>(this.match(coll, query, tx), parseWire(p.projection) ?? undefined)
    const sort = sortSpec(parseWire(p.order))
    if (sort) cursor = cursor.sort(sort)
    if (p.offset) cursor = cursor.skip(Number(p.offset))
    cursor = cursor.limit(boundedLimit(p.limit))
    const docs = cursor.all()
    if (tx) for (const d of docs) this.noteSeen(tx, coll, String(d._id))
    return { data: { list: docs.map(toWire) } }
  }

  private count(p: DbParams): DbReply {
    const coll = this.requireColl(p.collectionName)
    return { data: { total: this.match(coll, parseWire(p.query), this.tx(p)).length } }
  }

  private aggregate(p: DbParams): DbReply {
    const coll = this.requireColl(p.collectionName)
    const stages = (p.stages as { stageKey: string; stageValue: string }[]).map((s) => ({
      [s.stageKey]: parseWire(s.stageValue)
    }))
    // The real service returns 20 results unless the pipeline sets a limit.
    if (!stages.some((s) => '$limit' in s)) stages.push({ $limit: AGGREGATE_DEFAULT_LIMIT })
    const tx = this.tx(p)
    // $lookup reads another collection as the request sees it (same transaction view). Stages
    // change the documents they pass (a $project exclusion deletes fields in place), so they
    // work on copies, never on the stored documents.
    const collectionResolver = (name: string) => (this.store.hasCollection(name) ? clone(this.view(name, tx)) : [])
    const foreign = (name: string): ForeignSide => ({
      exists: this.store.hasCollection(name),
      byId: (id) => this.docById(name, id, tx),
      all: () => this.view(name, tx)
    })
    // Equality $lookups join through the index (lookup.ts); mingo runs the stages between them.
    let docs = clone(prefilterForPipeline(this.view(coll, tx), stages))
    let segment: Record<string, unknown>[] = []
    const runSegment = () => {
      if (segment.length) docs = new Aggregator(segment, { collectionResolver }).run(docs) as Doc[]
      segment = []
    }
    for (const stage of stages) {
      const join = equalityLookupOf(stage)
      if (join) {
        runSegment()
        const joined = joinByEquality(docs, join, foreign(join.from), clone)
        if (joined) {
          docs = joined
          continue
        }
      }
      segment.push(stage)
    }
    runSegment()
    return { data: { list: docs.map(toWire) } }
  }

  // ---- writes ------------------------------------------------------------

  private write(writes: Write[], tx?: Tx): void {
    if (!tx) {
      this.store.commit(writes)
      return
    }
    for (const w of writes) {
      this.noteSeen(tx, w.coll, w.id)
      tx.writes.set(txKey(w.coll, w.id), w)
    }
  }

  private exists(coll: string, id: string, tx?: Tx): boolean {
    if (tx?.writes.has(txKey(coll, id))) return tx.writes.get(txKey(coll, id))!.doc !== null
    return this.store.get(coll, id) !== undefined
  }

  private insert(p: DbParams): DbReply {
    const coll = this.requireColl(p.collectionName)
    const tx = this.tx(p)
    const now = new Date()
    const items = (p.data as string[]).map((s) => parseWire(s, now) as Doc)
    const writes: Write[] = []
    const ids: string[] = []
    for (const doc of items) {
      const id = doc._id === undefined ? newDocId() : String(doc._id)
      if (this.exists(coll, id, tx) || ids.includes(id)) {
        throw new DbError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${coll} index: _id_ dup key: ${id}`)
      }
      ids.push(id)
      writes.push({ coll, id, doc: { _id: id, ...doc } })
    }
    this.write(writes, tx)
    return { data: { insertedIds: ids } }
  }

  private modify(p: DbParams): DbReply {
    const coll = this.requireColl(p.collectionName)
    const tx = this.tx(p)
    const now = new Date()
    const query = (parseWire(p.query, now) ?? {}) as Doc
    const data = (parseWire(p.data, now) ?? {}) as Doc
    const targets = this.match(coll, query, tx)
    const chosen = p.multi ? targets : targets.slice(0, 1)

    if (p.merge === false) {
      // set(): replace the whole document, or create it (upsert).
      const id = chosen[0]?._id ?? query._id ?? newDocId()
      const replacement = { ...data, _id: String(id) }
      this.write([{ coll, id: String(id), doc: replacement }], tx)
      return chosen.length ? { data: { updated: 1 } } : { data: { updated: 0, upsert_id: String(id) } }
    }

    const modifier = normalizeUpdate(isOperatorUpdate(data) ? data : { $set: data })
    const writes: Write[] = []
    for (const doc of chosen) {
      const next = clone(doc)
      const changed = applyUpdate(next, modifier as any)
      if (changed.length) writes.push({ coll, id: String(doc._id), doc: next })
    }
    if (!chosen.length && p.upsert) {
      const id = typeof query._id === 'string' ? query._id : newDocId()
      const base: Doc = { _id: id }
      for (const [k, v] of Object.entries(query)) if (!k.startsWith('$') && (v === null || typeof v !== 'object')) base[k] = v
      applyUpdate(base, modifier as any)
      this.write([{ coll, id, doc: base }], tx)
      return { data: { updated: 0, upsert_id: id } }
    }
    this.write(writes, tx)
    return { data: { updated: writes.length } }
  }

  private remove(p: DbParams): DbReply {
    const coll = this.requireColl(p.collectionName)
    const tx = this.tx(p)
    const targets = this.match(coll, parseWire(p.query), tx)
    const chosen = p.multi ? targets : targets.slice(0, 1)
    this.write(
      chosen.map((d) => ({ coll, id: String(d._id), doc: null })),
      tx
    )
    return { data: { deleted: chosen.length } }
  }

  // ---- transactions ------------------------------------------------------
  // Optimistic: a transaction records the version of every document it reads
  // or writes and stages its writes; commit fails with a conflict (which makes
  // the SDK's runTransaction retry) if any of those documents changed since.

  private tx(p: DbParams): Tx | undefined {
    if (!p.transactionId) return undefined
    const tx = this.txs.get(String(p.transactionId))
    if (!tx) throw new DbError('DATABASE_TRANSACTION_FAIL', `transaction ${p.transactionId} not found or already finished`)
    return tx
  }

  private noteSeen(tx: Tx, coll: string, id: string): void {
    const key = txKey(coll, id)
    if (!tx.seen.has(key)) tx.seen.set(key, this.store.hasCollection(coll) ? this.store.version(coll, id) : 0)
  }

  private startTx(): DbReply {
    const now = Date.now()
    for (const [id, tx] of this.txs) if (now - tx.startedAt > TX_TTL_MS) this.txs.delete(id)
    const id = newDocId()
    this.txs.set(id, { id, startedAt: now, seen: new Map(), writes: new Map() })
    return { transactionId: id }
  }

  private commitTx(p: DbParams): DbReply {
    const tx = this.tx(p)!
    this.txs.delete(tx.id)
    for (const [key, ver] of tx.seen) {
      const [coll, id] = key.split('\u0000')
      if (this.store.version(coll, id) !== ver) {
        throw new DbError('DATABASE_TRANSACTION_CONFLICT', `transaction conflict on ${coll}/${id}`)
      }
    }
    this.store.commit([...tx.writes.values()])
    return {}
  }

  private abortTx(p: DbParams): DbReply {
    const tx = this.tx(p)!
    this.txs.delete(tx.id)
    return {}
  }

  openTransactions(): number {
    return this.txs.size
  }
}
