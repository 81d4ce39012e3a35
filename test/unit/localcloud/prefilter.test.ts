import { Aggregator, Query } from 'mingo'
import { prefilterForPipeline, prefilterForQuery } from '../../../localcloud/db/prefilter'

const docs: Record<string, unknown>[] = [
  { _id: '1', factoryId: 'a', tags: ['x'], n: 1 },
  { _id: '2', factoryId: 'b', tags: ['y'], n: 2 },
  { _id: '3', factoryId: 'c', tags: ['x', 'y'], n: 3 },
  { _id: '4', n: 4 }
]
const run = (stages: Record<string, unknown>[], input: Record<string, unknown>[] = docs) => new Aggregator(stages, {}).run(input)

describe('aggregation prefilter (what an index does)', () => {
  it.each([
    [{ factoryId: 'a' }],
    [{ factoryId: { $in: ['a', 'c'] } }],
    [{ factoryId: { $eq: 'b' } }],
    [{ tags: 'x' }],
    [{ tags: { $in: ['y'] } }],
    [{ factoryId: { $in: ['a', 'b'] }, n: { $gt: 1 } }],
    [{ 'nested.field': 1 }],
    [{ $or: [{ factoryId: 'a' }, { n: 4 }] }]
  ])('keeps exactly what the $match keeps: %j', (match) => {
    const stages = [{ $match: match }, { $group: { _id: null, ids: { $push: '$_id' } } }]
    expect(run(stages, prefilterForPipeline(docs, stages))).toEqual(run(stages))
  })

  it('narrows the documents for equality and $in on top-level fields', () => {
    expect(prefilterForPipeline(docs, [{ $match: { factoryId: { $in: ['a', 'c'] } } }]).map((d) => d._id)).toEqual(['1', '3'])
    expect(prefilterForPipeline(docs, [{ $group: { _id: null } }])).toBe(docs)
  })
})

describe('query prefilter (where() of get, count, update, remove)', () => {
  const find = (query: Record<string, unknown>, input = docs) => new Query(query, {}).find(input).all()
  it.each([
    [{ factoryId: 'a' }],
    [{ tags: 'y', n: { $gte: 2 } }],
    [{ $and: [{ factoryId: { $in: ['b', 'c'] } }, { $or: [{ n: { $lt: 3 } }, { tags: 'x' }] }] }],
    [{ $and: [{ factoryId: 'a' }], n: 2 }],
    [{ $or: [{ factoryId: 'a' }, { n: 4 }] }],
    [{ factoryId: null }]
  ])('keeps exactly what the query keeps: %j', (query) => {
    expect(find(query, prefilterForQuery(docs, query))).toEqual(find(query))
  })

  it('narrows through top-level fields and $and members', () => {
    expect(prefilterForQuery(docs, { $and: [{ factoryId: { $in: ['b', 'c'] } }, { n: { $gt: 0 } }] }).map((d) => d._id)).toEqual(['2', '3'])
    expect(prefilterForQuery(docs, { $or: [{ factoryId: 'a' }] })).toBe(docs)
  })
})
