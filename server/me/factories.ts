import { db, _, rows } from '../core/cloud'

export interface FactoryRecord {
  _id: string
  name: { 'zh-CN': string; en: string }
  inviteCode: string
}

export async function factoriesByIds(ids: string[]): Promise<Map<string, FactoryRecord>> {
  if (!ids.length) return new Map()
  const data = await rows<FactoryRecord>(db.collection('factories').where({ _id: _.in(ids) }).limit(100).get())
  return new Map(data.map((f) => [f._id, f]))
}
