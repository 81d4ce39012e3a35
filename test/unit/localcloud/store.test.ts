// The durable store: atomic batches, unique indexes that see the batch's own
// changes, and the same documents (order included) after reopening the file.
import fs from 'fs'
import os from 'os'
import path from 'path'
import { Store, StoreError } from '../../../localcloud/db/store'

function openStore(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fb-store-'))) {
  const store = new Store(path.join(dir, 'db.sqlite'))
  return { store, dir }
}

test('a batch that breaks a unique index changes nothing', () => {
  const { store } = openStore()
  store.createCollection('people')
  store.setIndexes('people', [{ name: 'phone', keys: { phone: 1 }, unique: true }])
  store.commit([{ coll: 'people', id: 'a', doc: { _id: 'a', phone: '1' } }])
  expect(() =>
    store.commit([
      { coll: 'people', id: 'b', doc: { _id: 'b', phone: '2' } },
      { coll: 'people', id: 'c', doc: { _id: 'c', phone: '1' } }
    ])
  ).toThrow(StoreError)
  expect(store.docs('people').map((d) => d._id)).toEqual(['a'])
})

test('two documents can swap unique values inside one batch', () => {
  const { store } = openStore()
  store.createCollection('slots')
  store.setIndexes('slots', [{ name: 'seat', keys: { seat: 1 }, unique: true }])
  store.commit([
    { coll: 'slots', id: 'x', doc: { _id: 'x', seat: 1 } },
    { coll: 'slots', id: 'y', doc: { _id: 'y', seat: 2 } }
  ])
  store.commit([
    { coll: 'slots', id: 'x', doc: { _id: 'x', seat: 3 } },
    { coll: 'slots', id: 'y', doc: { _id: 'y', seat: 1 } },
    { coll: 'slots', id: 'x', doc: { _id: 'x', seat: 2 } }
  ])
  expect(store.docs('slots')).toEqual([
    { _id: 'x', seat: 2 },
    { _id: 'y', seat: 1 }
  ])
  // the freed value 3 is usable again, the taken ones are not
  expect(() => store.commit([{ coll: 'slots', id: 'z', doc: { _id: 'z', seat: 1 } }])).toThrow(/duplicate key/)
  store.commit([{ coll: 'slots', id: 'z', doc: { _id: 'z', seat: 3 } }])
})

test('sparse unique indexes ignore documents without the field', () => {
  const { store } = openStore()
  store.createCollection('c')
  store.setIndexes('c', [{ name: 'code', keys: { code: 1 }, unique: true, sparse: true }])
  store.commit([
    { coll: 'c', id: '1', doc: { _id: '1' } },
    { coll: 'c', id: '2', doc: { _id: '2' } }
  ])
  expect(store.docs('c')).toHaveLength(2)
})

test('reopening the file gives back the same documents in insertion order, dates included', () => {
  const { store, dir } = openStore()
  store.createCollection('log')
  const at = new Date('2026-07-01T08:00:00.000Z')
  for (const id of ['m', 'a', 'z']) store.commit([{ coll: 'log', id, doc: { _id: id, at } }])
  store.commit([{ coll: 'log', id: 'a', doc: { _id: 'a', at, edited: true } }])
  store.commit([{ coll: 'log', id: 'z', doc: null }])
  store.close()
  const { store: again } = openStore(dir)
  expect(again.docs('log')).toEqual([
    { _id: 'm', at },
    { _id: 'a', at, edited: true }
  ])
  expect(again.docs('log')[0].at).toBeInstanceOf(Date)
})

test('an unknown collection is refused', () => {
  const { store } = openStore()
  expect(() => store.docs('nope')).toThrow(expect.objectContaining({ code: 'DATABASE_COLLECTION_NOT_EXIST' }))
})
