// The real wx-server-sdk against the local cloud: Mongo operators, ordering,
// updates, aggregation, transactions, unique indexes and strict collections.
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud, useSdk } from './harness'

let cloud: LocalCloud
let db: any
let _: any

beforeAll(async () => {
  cloud = await startTestCloud({
    collections: [
      { name: 'todos', purpose: 'test', rule: { read: false, write: false }, indexes: [] },
      { name: 'ledger', purpose: 'test', rule: { read: false, write: false }, indexes: [] },
      {
        name: 'people',
        purpose: 'test',
        rule: { read: false, write: false },
        indexes: [{ name: 'phone_unique', keys: { phone: 1 }, unique: true }]
      }
    ]
  })
  const sdk = useSdk(cloud)
  db = sdk.database()
  _ = db.command
  await db.collection('todos').add({ data: { title: 'a', n: 1, tags: ['x'], owner: { name: 'li', age: 30 }, done: false } })
  await db.collection('todos').add({ data: { title: 'b', n: 2, tags: [], owner: { name: 'wang', age: 40 }, done: true } })
  await db.collection('todos').add({ data: { title: 'c', n: 3, tags: ['x', 'y'], done: false } })
  await db.collection('todos').add({ data: { title: 'Dd', n: 4, tags: ['y'], owner: null, done: true } })
})

afterAll(async () => {
  await cloud?.close()
})

const titles = (res: { data: { title: string }[] }) => res.data.map((d) => d.title)

describe('queries', () => {
  test.each([
    ['$gt', () => ({ n: _.gt(2) }), ['c', 'Dd']],
    ['$gte + $lt', () => ({ n: _.gte(2).and(_.lt(4)) }), ['b', 'c']],
    ['$in', () => ({ n: _.in([1, 4]) }), ['a', 'Dd']],
    ['$nin', () => ({ n: _.nin([1, 4]) }), ['b', 'c']],
    ['$neq', () => ({ n: _.neq(1) }), ['b', 'c', 'Dd']],
    ['$or', () => _.or([{ n: 1 }, { title: 'c' }]), ['a', 'c']],
    ['nested field', () => ({ 'owner.name': 'wang' }), ['b']],
    ['nested object', () => ({ owner: { age: _.gt(35) } }), ['b']],
    ['$exists false', () => ({ owner: _.exists(false) }), ['c']],
    ['array contains', () => ({ tags: 'y' }), ['c', 'Dd']],
    ['$all', () => ({ tags: _.all(['x', 'y']) }), ['c']],
    ['$size', () => ({ tags: _.size(0) }), ['b']],
    ['regex', () => ({ title: db.RegExp({ regexp: '^d', options: 'i' }) }), ['Dd']],
    ['$elemMatch', () => ({ tags: _.elemMatch(_.eq('x')) }), ['a', 'c']],
    ['boolean', () => ({ done: true }), ['b', 'Dd']]
  ])('%s', async (_name, where, expected) => {
    const res = await db.collection('todos').where(where()).orderBy('n', 'asc').get()
    expect(titles(res)).toEqual(expected)
  })

  test('orderBy, skip and limit page through results', async () => {
    const page = await db.collection('todos').orderBy('n', 'desc').skip(1).limit(2).get()
    expect(titles(page)).toEqual(['c', 'b'])
  })

  test('field projection returns only the asked fields', async () => {
    const res = await db.collection('todos').where({ n: 1 }).field({ title: true }).get()
    expect(res.data[0]).toEqual({ _id: expect.any(String), title: 'a' })
  })

  test('count', async () => {
    expect((await db.collection('todos').where({ done: false }).count()).total).toBe(2)
  })

  test('doc().get() of a missing document fails like the real service', async () => {
    await expect(db.collection('todos').doc('no-such-id').get()).rejects.toMatchObject({ errCode: expect.any(Number) })
  })
})

describe('updates', () => {
  test('operators: inc, push, addToSet, pull, set nested, remove', async () => {
    const { _id } = await db.collection('todos').add({ data: { title: 'u', n: 10, tags: ['a'], meta: { x: 1, y: 2 } } })
    await db.collection('todos').doc(_id).update({
      data: { n: _.inc(5), tags: _.push(['b']), 'meta.x': 9, meta2: 'new' }
    })
    await db.collection('todos').doc(_id).update({ data: { tags: _.addToSet({ each: ['a', 'c'] }), 'meta.y': _.remove() } })
    await db.collection('todos').doc(_id).update({ data: { tags: _.pull('b'), n: _.mul(2) } })
    const { data } = await db.collection('todos').doc(_id).get()
    expect(data).toMatchObject({ n: 30, tags: ['a', 'c'], meta: { x: 9 }, meta2: 'new' })
    expect(data.meta.y).toBeUndefined()
  })

  test('set replaces the whole document; upsert creates it', async () => {
    const { _id } = await db.collection('todos').add({ data: { title: 'r', n: 7, keep: 'no' } })
    await db.collection('todos').doc(_id).set({ data: { title: 'replaced', n: 70 } })
    const { data } = await db.collection('todos').doc(_id).get()
    expect(data).toEqual({ _id, title: 'replaced', n: 70 })
    const created = await db.collection('todos').doc('fixed-id-1').set({ data: { title: 'made', n: 71 } })
    expect(created.stats.created ?? created.upsertedId ?? created._id).toBeTruthy()
    expect((await db.collection('todos').doc('fixed-id-1').get()).data.title).toBe('made')
  })

  test('multi update and remove report how many changed', async () => {
    await db.collection('todos').add({ data: { title: 'm1', batch: 'z', n: 100 } })
    await db.collection('todos').add({ data: { title: 'm2', batch: 'z', n: 101 } })
    const up = await db.collection('todos').where({ batch: 'z' }).update({ data: { flagged: true } })
    expect(up.stats.updated).toBe(2)
    const rm = await db.collection('todos').where({ batch: 'z', flagged: true }).remove()
    expect(rm.stats.removed).toBe(2)
    expect((await db.collection('todos').where({ batch: 'z' }).count()).total).toBe(0)
  })

  test('conditional update: only one of two racing claims wins', async () => {
    const { _id } = await db.collection('todos').add({ data: { title: 'cap', taken: 0, cap: 1 } })
    const claim = () => db.collection('todos').where({ _id, taken: _.lt(1) }).update({ data: { taken: _.inc(1) } })
    const results = await Promise.all([claim(), claim(), claim()])
    expect(results.map((r: any) => r.stats.updated).sort()).toEqual([0, 0, 1])
    expect((await db.collection('todos').doc(_id).get()).data.taken).toBe(1)
  })

  test('serverDate becomes the server time', async () => {
    const before = Date.now()
    const { _id } = await db.collection('todos').add({ data: { title: 'time', at: db.serverDate() } })
    const { data } = await db.collection('todos').doc(_id).get()
    expect(data.at).toBeInstanceOf(Date)
    expect(data.at.getTime()).toBeGreaterThanOrEqual(before - 5)
    const found = await db.collection('todos').where({ at: _.gte(new Date(before - 1000)) }).get()
    expect(titles(found)).toContain('time')
  })
})

describe('aggregate', () => {
  test('match, group, sort', async () => {
    const { list } = await db
      .collection('todos')
      .aggregate()
      .match({ n: _.lte(4) })
      .group({ _id: '$done', total: db.command.aggregate.sum('$n'), c: db.command.aggregate.sum(1) })
      .sort({ _id: 1 })
      .end()
    expect(list).toEqual([
      { _id: false, total: 4, c: 2 },
      { _id: true, total: 6, c: 2 }
    ])
  })

  test('without a limit stage at most 20 results come back, as on the real service', async () => {
    await Promise.all(Array.from({ length: 25 }, (_v, i) => db.collection('ledger').add({ data: { i, kind: 'bulk' } })))
    const { list } = await db.collection('ledger').aggregate().match({ kind: 'bulk' }).end()
    expect(list).toHaveLength(20)
    const all = await db.collection('ledger').aggregate().match({ kind: 'bulk' }).limit(100).end()
    expect(all.list).toHaveLength(25)
  })
})

describe('transactions', () => {
  test('commit applies every write', async () => {
    const { _id } = await db.collection('todos').add({ data: { title: 'acct', balance: 10 } })
    await db.runTransaction(async (t: any) => {
      const { data } = await t.collection('todos').doc(_id).get()
      await t.collection('todos').doc(_id).update({ data: { balance: data.balance - 3 } })
      await t.collection('ledger').add({ data: { acct: _id, delta: -3 } })
    })
    expect((await db.collection('todos').doc(_id).get()).data.balance).toBe(7)
    expect((await db.collection('ledger').where({ acct: _id }).count()).total).toBe(1)
  })

  test('rollback leaves nothing behind', async () => {
    const { _id } = await db.collection('todos').add({ data: { title: 'acct2', balance: 10 } })
    await expect(
      db.runTransaction(async (t: any) => {
        await t.collection('todos').doc(_id).update({ data: { balance: 0 } })
        await t.collection('ledger').add({ data: { acct: _id, delta: -10 } })
        await t.rollback('not enough')
      })
    ).rejects.toBe('not enough')
    expect((await db.collection('todos').doc(_id).get()).data.balance).toBe(10)
    expect((await db.collection('ledger').where({ acct: _id }).count()).total).toBe(0)
    expect(cloud.engine.openTransactions()).toBe(0)
  })

  test('a conflict makes runTransaction retry, so concurrent increments are not lost', async () => {
    const { _id } = await db.collection('todos').add({ data: { title: 'counter', v: 0 } })
    const bump = () =>
      db.runTransaction(async (t: any) => {
        const { data } = await t.collection('todos').doc(_id).get()
        await new Promise((r) => setTimeout(r, 5))
        await t.collection('todos').doc(_id).update({ data: { v: data.v + 1 } })
      }, 10)
    await Promise.all([bump(), bump(), bump()])
    expect((await db.collection('todos').doc(_id).get()).data.v).toBe(3)
  })
})

describe('integrity', () => {
  test('unique indexes are enforced and a failed insert changes nothing', async () => {
    await db.collection('people').add({ data: { phone: '13800000000', name: 'a' } })
    await expect(db.collection('people').add({ data: { phone: '13800000000', name: 'b' } })).rejects.toMatchObject({
      errCode: expect.any(Number)
    })
    expect((await db.collection('people').count()).total).toBe(1)
  })

  test('an unknown collection is refused with -502005', async () => {
    await expect(db.collection('nope').add({ data: { a: 1 } })).rejects.toMatchObject({ errCode: -502005 })
    await expect(db.collection('nope').get()).rejects.toMatchObject({ errCode: -502005 })
  })

  test('createCollection makes a collection usable', async () => {
    await db.createCollection('made_later')
    await db.collection('made_later').add({ data: { ok: 1 } })
    expect((await db.collection('made_later').count()).total).toBe(1)
  })
})
