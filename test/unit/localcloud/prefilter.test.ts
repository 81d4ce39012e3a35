import { Aggregator } from 'mingo'
import { prefilterForPipeline } from '../../../localcloud/db/prefilter'

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
