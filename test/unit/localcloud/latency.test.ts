import { LatencyModel, latencySettingsFrom } from '../../../localcloud/latency'

describe('latency model', () => {
  test('samples stay within the jitter around the mean of each request kind', () => {
    const low = new LatencyModel({ dbMs: 10, openapiMs: 50 }, () => 0)
    const high = new LatencyModel({ dbMs: 10, openapiMs: 50 }, () => 0.999999)
    expect(low.sample('db')).toBeCloseTo(8)
    expect(high.sample('db')).toBeCloseTo(12)
    expect(low.sample('openapi')).toBeCloseTo(40)
    expect(high.sample('openapi')).toBeCloseTo(60)
    expect(new LatencyModel({ dbMs: 10, jitter: 0 }).sample('db')).toBe(10)
  })

  test('no model: no delay, and the work runs once with its result passed through', async () => {
    const none = new LatencyModel()
    expect(none.enabled).toBe(false)
    expect(none.sample('db')).toBe(0)
    let runs = 0
    await expect(none.around('db', () => ++runs)).resolves.toBe(1)
    const some = new LatencyModel({ dbMs: 1 })
    await expect(some.around('db', async () => ++runs)).resolves.toBe(2)
  })

  test('flags win over environment variables; bad values are refused with the flag named', () => {
    const env = { LOCALCLOUD_DB_LATENCY_MS: '10', LOCALCLOUD_OPENAPI_LATENCY_MS: '50', LOCALCLOUD_MAX_INSTANCES: '200' }
    expect(latencySettingsFrom({}, env)).toEqual({ latency: { dbMs: 10, openapiMs: 50 }, maxInstancesPerFunction: 200 })
    expect(latencySettingsFrom({ 'db-latency-ms': '3' }, env).latency.dbMs).toBe(3)
    expect(latencySettingsFrom({}, {})).toEqual({ latency: { dbMs: undefined, openapiMs: undefined } })
    expect(() => latencySettingsFrom({ 'db-latency-ms': 'fast' }, {})).toThrow(/--db-latency-ms/)
    expect(() => latencySettingsFrom({ 'max-instances': '0' }, {})).toThrow(/--max-instances/)
    expect(() => new LatencyModel({ dbMs: -1 })).toThrow(/db latency/)
  })
})
