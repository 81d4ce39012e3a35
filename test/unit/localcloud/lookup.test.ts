import { Aggregator } from 'mingo'
import { equalityLookupOf, joinByEquality, type ForeignSide } from '../../../localcloud/db/lookup'

type D = Record<string, any>
const users: D[] = [
  { _id: 'u1', name: 'A', groups: ['g1', 'g2'] },
  { _id: 'u2', name: 'B', groups: ['g2'] },
  { _id: 'u3', name: 'C', team: 't1' },
  { _id: 'u4', name: 'D', team: 't1' }
]
const side = (coll: D[], exists = true): ForeignSide => ({ exists, byId: (id) => coll.find((d) => d._id === id), all: () => coll })
const copy = (d: D) => structuredClone(d)
const mingoJoin = (docs: D[], stage: D, coll: D[]) => new Aggregator([stage], { collectionResolver: () => coll }).run(docs)

describe('$lookup through the index (what the real service does)', () => {
  it.each([
    ['by _id', [{ _id: 'c1', owner: 'u2' }, { _id: 'c2', owner: 'u9' }], { from: 'users', localField: 'owner', foreignField: '_id', as: 'ownerOf' }],
    ['by a field, several matches', [{ _id: 'x', t: 't1' }], { from: 'users', localField: 't', foreignField: 'team', as: 'members' }],
    ['foreign array field', [{ _id: 'x', g: 'g2' }, { _id: 'y', g: 'g1' }], { from: 'users', localField: 'g', foreignField: 'groups', as: 'in' }],
    ['local array, each once', [{ _id: 'x', ids: ['u3', 'u1', 'u3'] }], { from: 'users', localField: 'ids', foreignField: '_id', as: 'people' }],
    ['local array on a field', [{ _id: 'x', gs: ['g1', 'g2'] }], { from: 'users', localField: 'gs', foreignField: 'groups', as: 'in' }],
    ['dotted local path', [{ _id: 'x', ref: { user: 'u4' } }], { from: 'users', localField: 'ref.user', foreignField: '_id', as: 'u' }]
  ])('joins exactly what mingo joins: %s', (_name, docs, spec) => {
    const stage = { $lookup: spec }
    const lookup = equalityLookupOf(stage)!
    expect(lookup).not.toBeNull()
    expect(joinByEquality(docs, lookup, side(users), copy)).toEqual(mingoJoin(docs, stage, users))
  })

  it('copies what it joins: a later stage cannot change the stored document', () => {
    const [row]: D[] = joinByEquality([{ _id: 'c', owner: 'u1' }], equalityLookupOf({ $lookup: { from: 'users', localField: 'owner', foreignField: '_id', as: 'o' } })!, side(users), copy)!
    row.o[0].name = 'changed'
    expect(users[0].name).toBe('A')
  })

  it('joins nothing from a collection that does not exist', () => {
    const lookup = equalityLookupOf({ $lookup: { from: 'nope', localField: 'owner', foreignField: '_id', as: 'o' } })!
    expect(joinByEquality([{ _id: 'c', owner: 'u1' }], lookup, side(users, false), copy)).toEqual([{ _id: 'c', owner: 'u1', o: [] }])
  })

  it('leaves to mingo what it cannot answer exactly', () => {
    expect(equalityLookupOf({ $lookup: { from: 'users', as: 'x', pipeline: [] } })).toBeNull()
    expect(equalityLookupOf({ $lookup: { from: 'users', localField: 'a', foreignField: 'b.c', as: 'x' } })).toBeNull()
    const lookup = equalityLookupOf({ $lookup: { from: 'users', localField: 'owner', foreignField: '_id', as: 'o' } })!
    expect(joinByEquality([{ _id: 'c' }], lookup, side(users), copy)).toBeNull() // missing key: null joins missing
    expect(joinByEquality([{ _id: 'c', owner: { id: 1 } }], lookup, side(users), copy)).toBeNull()
  })
})
