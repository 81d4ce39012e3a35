// Durable document storage: SQLite (WAL) on disk, a copy of every document in
// memory for querying. Every write batch is one SQLite transaction, so an
// acknowledged write survives `kill -9` and a committed batch is all or nothing.
import Database from 'better-sqlite3'
import { randomBytes } from 'crypto'
import { deserialize, serialize, type Doc } from './ejson'

export interface IndexSpec {
  name: string
  keys: Record<string, 1 | -1>
  unique?: boolean
  /** Documents missing every key field are not indexed (MongoDB `sparse`). */
  sparse?: boolean
}

export interface StoredDoc {
  doc: Doc
  ver: number
}

/** One document change inside an atomic batch: `doc: null` deletes. */
export interface Write {
  coll: string
  id: string
  doc: Doc | null
}

export class StoreError extends Error {
  constructor(
    readonly code: 'DATABASE_COLLECTION_NOT_EXIST' | 'DATABASE_DUPLICATE_KEY' | 'DATABASE_COLLECTION_ALREADY_EXIST',
    message: string
  ) {
    super(message)
  }
}

interface Collection {
  docs: Map<string, StoredDoc>
  indexes: IndexSpec[]
  /** unique index name → key string → document id */
  unique: Map<string, Map<string, string>>
}

export function newDocId(): string {
  return randomBytes(16).toString('hex')
}

function getPath(doc: Doc, path: string): unknown {
  let cur: unknown = doc
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[part]
  }
  return cur
}

function indexKey(index: IndexSpec, doc: Doc): string | undefined {
  const values = Object.keys(index.keys).map((k) => getPath(doc, k))
  if (index.sparse && values.every((v) => v === undefined)) return undefined
  return JSON.stringify(values.map((v) => (v === undefined ? null : v)))
}

export class Store {
  private readonly db: Database.Database
  private readonly collections = new Map<string, Collection>()
  private seq = 0
  private readonly stmts: {
    upsert: Database.Statement
    remove: Database.Statement
    addColl: Database.Statement
    setIndexes: Database.Statement
  }

  constructor(file: string) {
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    // NORMAL in WAL: a crash of this process loses nothing acknowledged (the
    // OS has the WAL pages); only a power cut could lose the last commits.
    this.db.pragma('synchronous = NORMAL')
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY, indexes TEXT NOT NULL DEFAULT '[]');
      CREATE TABLE IF NOT EXISTS docs (coll TEXT NOT NULL, id TEXT NOT NULL, ver INTEGER NOT NULL, body TEXT NOT NULL,
        PRIMARY KEY (coll, id));
    `)
    this.stmts = {
      upsert: this.db.prepare(
        'INSERT INTO docs (coll, id, ver, body) VALUES (?, ?, ?, ?) ON CONFLICT (coll, id) DO UPDATE SET ver = excluded.ver, body = excluded.body'
      ),
      remove: this.db.prepare('DELETE FROM docs WHERE coll = ? AND id = ?'),
      addColl: this.db.prepare('INSERT INTO collections (name, indexes) VALUES (?, ?)'),
      setIndexes: this.db.prepare('UPDATE collections SET indexes = ? WHERE name = ?')
    }
    this.load()
  }

  private load(): void {
    for (const row of this.db.prepare('SELECT name, indexes FROM collections').all() as { name: string; indexes: string }[]) {
      this.collections.set(row.name, { docs: new Map(), indexes: JSON.parse(row.indexes), unique: new Map() })
    }
    const rows = this.db.prepare('SELECT coll, id, ver, body FROM docs ORDER BY rowid').iterate() as Iterable<{
      coll: string
      id: string
      ver: number
      body: string
    }>
    for (const row of rows) {
      const coll = this.collections.get(row.coll)
      if (!coll) continue
      coll.docs.set(row.id, { doc: deserialize(row.body), ver: row.ver })
      if (row.ver > this.seq) this.seq = row.ver
    }
    for (const coll of this.collections.values()) this.rebuildUnique(coll)
  }

  private rebuildUnique(coll: Collection): void {
    coll.unique.clear()
    for (const index of coll.indexes.filter((i) => i.unique)) {
      const map = new Map<string, string>()
      for (const [id, { doc }] of coll.docs) {
        const key = indexKey(index, doc)
        if (key === undefined) continue
        if (map.has(key)) throw new StoreError('DATABASE_DUPLICATE_KEY', `existing data violates unique index ${index.name}`)
        map.set(key, id)
      }
      coll.unique.set(index.name, map)
    }
  }

  close(): void {
    this.db.close()
  }

  collectionNames(): string[] {
    return [...this.collections.keys()]
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name)
  }

  /** Creates a collection; returns false if it already existed. */
  createCollection(name: string): boolean {
    if (this.collections.has(name)) return false
    this.stmts.addColl.run(name, '[]')
    this.collections.set(name, { docs: new Map(), indexes: [], unique: new Map() })
    return true
  }

  /** Replaces a collection's index set (as `deploy:db` does on the real service). */
  setIndexes(name: string, indexes: IndexSpec[]): void {
    const coll = this.require(name)
    const previous = coll.indexes
    coll.indexes = indexes
    try {
      this.rebuildUnique(coll)
    } catch (e) {
      coll.indexes = previous
      this.rebuildUnique(coll)
      throw e
    }
    this.stmts.setIndexes.run(JSON.stringify(indexes), name)
  }

  indexes(name: string): IndexSpec[] {
    return this.require(name).indexes
  }

  private require(name: string): Collection {
    const coll = this.collections.get(name)
    if (!coll) throw new StoreError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${name}`)
    return coll
  }

  /** Documents in natural (insertion) order. Callers must not mutate them. */
  docs(name: string): Doc[] {
    return [...this.require(name).docs.values()].map((d) => d.doc)
  }

  get(name: string, id: string): StoredDoc | undefined {
    return this.require(name).docs.get(id)
  }

  version(name: string, id: string): number {
    return this.require(name).docs.get(id)?.ver ?? 0
  }

  /** Applies a batch atomically: all writes land, or none (unique violations throw first). */
  commit(writes: Write[]): void {
    if (writes.length === 0) return
    // Check unique indexes against an overlay so the batch sees its own changes.
    const overlays = new Map<string, Map<string, string | null>>()
    // A batch may write the same document twice: its "old" state is the batch's latest.
    const latest = new Map<string, Doc | null>()
    for (const w of writes) {
      const coll = this.require(w.coll)
      const docKey = `${w.coll}\u0000${w.id}`
      const old = latest.has(docKey) ? latest.get(docKey) : coll.docs.get(w.id)?.doc
      latest.set(docKey, w.doc)
      for (const index of coll.indexes.filter((i) => i.unique)) {
        const overlayKey = `${w.coll}\u0000${index.name}`
        let overlay = overlays.get(overlayKey)
        if (!overlay) overlays.set(overlayKey, (overlay = new Map()))
        const base = coll.unique.get(index.name)!
        const lookup = (k: string) => (overlay!.has(k) ? overlay!.get(k) : base.get(k))
        const oldKey = old ? indexKey(index, old) : undefined
        if (oldKey !== undefined && lookup(oldKey) === w.id) overlay.set(oldKey, null)
        if (w.doc) {
          const newKey = indexKey(index, w.doc)
          if (newKey === undefined) continue
          const holder = lookup(newKey)
          if (holder && holder !== w.id) {
            throw new StoreError(
              'DATABASE_DUPLICATE_KEY',
              `E11000 duplicate key error collection: ${w.coll} index: ${index.name} dup key: ${newKey}`
            )
          }
          overlay.set(newKey, w.id)
        }
      }
    }
    const stamped = writes.map((w) => ({ ...w, ver: ++this.seq }))
    this.db.transaction(() => {
      for (const w of stamped) {
        if (w.doc) this.stmts.upsert.run(w.coll, w.id, w.ver, serialize(w.doc))
        else this.stmts.remove.run(w.coll, w.id)
      }
    })()
    for (const w of stamped) {
      const coll = this.require(w.coll)
      if (w.doc) coll.docs.set(w.id, { doc: w.doc, ver: w.ver })
      else coll.docs.delete(w.id)
    }
    for (const [key, overlay] of overlays) {
      const [collName, indexName] = key.split('\u0000')
      const base = this.require(collName).unique.get(indexName)!
      for (const [k, id] of overlay) {
        if (id === null) base.delete(k)
        else base.set(k, id)
      }
    }
  }
}
