// The demo seed's history (npm start): every dashboard chart has something to show.
import { callApi, startTestCloud } from './harness'

test('the demo history gives HR and the demo program officer figures in every section', async () => {
  const cloud = await startTestCloud({ seed: true, seedHistory: true })
  try {
    const hr = await callApi(cloud, 'demo-hr', 'insights.factory', { factoryId: 'demo-factory' })
    if (!hr.ok) throw new Error(JSON.stringify(hr.error))
    const d = hr.data
    expect(d.learning.started).toBeGreaterThanOrEqual(30)
    expect(d.learning.modules[0].funnel.filter((s: { people: unknown }) => typeof s.people === 'number').length).toBeGreaterThan(3)
    expect(d.outcomes.items.some((i: { paired: { change: unknown } }) => typeof i.paired.change === 'number' && i.paired.change > 0)).toBe(true)
    const season = d.seasons.find((s: { spaceId: string }) => s.spaceId === 'demo-space-past')
    expect(season.attendanceByDay.length).toBeGreaterThan(10)
    expect(typeof d.connection.notices.readRate).toBe('number')
    expect(typeof d.connection.feedback.good).toBe('number')
    expect(d.learning.practice.commitments).toBeGreaterThan(10)
    expect(typeof d.learning.practice.triedShare).toBe('number')

    const program = await callApi(cloud, 'demo-program', 'insights.program', {})
    if (!program.ok) throw new Error(JSON.stringify(program.error))
    expect(program.data.factories.map((f: { factoryId: string }) => f.factoryId)).toEqual(['demo-factory', 'demo-factory-2'])
    const me = await callApi(cloud, 'demo-program', 'me.get', {})
    expect(me).toMatchObject({ ok: true, data: { programs: ['demo-program'] } })
    const { identities } = await (await fetch(`${cloud.url}/__dev/identities`)).json()
    expect(identities.map((i: { openid: string }) => i.openid)).toContain('demo-program')
  } finally {
    await cloud.close()
  }
})
