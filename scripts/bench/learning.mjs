// Bench scenario: database requests per learning action (counted by the local cloud), for a
// worker's usual path: open the Learn tab, open a session, move through cards, submit the
// quiz (and retry it), tip of the day, survey, certificates. Also the api bundle's content share.
import fs from 'fs'
import os from 'os'
import path from 'path'

export const name = 'learning'

export async function run({ startLocalCloud, rel }) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fb-bench-learning-'))
  const cloud = await startLocalCloud({ dataDir, seed: true })
  try {
    const call = async (action, payload) => {
      const res = await fetch(`${cloud.url}/__cloud/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-openid': 'demo-worker' },
        body: JSON.stringify({ name: 'api', data: { action, payload } })
      })
      const body = await res.json()
      if (!body.result?.ok) throw new Error(`bench ${action} failed: ${JSON.stringify(body)}`)
      return { data: body.result.data, db: cloud.stats.invocations.at(-1).dbRequests }
    }
    const db = {}
    const overview = await call('learning.overview', {})
    db['learning.overview (new worker)'] = overview.db
    const first = overview.data.course.modules[0].sessions[0]
    const got = await call('learning.session.get', { sessionId: first.id })
    db['learning.session.get'] = got.db
    db['learning.progress.save (first card)'] = (await call('learning.progress.save', { sessionId: first.id, card: 1 })).db
    db['learning.progress.save (next card)'] = (await call('learning.progress.save', { sessionId: first.id, card: 2 })).db
    const answers = Object.fromEntries(got.data.session.quiz.map((q) => [q.id, q.options.find((o) => o.correct).id]))
    db['learning.quiz.submit'] = (await call('learning.quiz.submit', { sessionId: first.id, key: 'bench-quiz-0001', answers })).db
    db['learning.quiz.submit (retried, same key)'] = (await call('learning.quiz.submit', { sessionId: first.id, key: 'bench-quiz-0001', answers })).db
    db['learning.overview (1 session done)'] = (await call('learning.overview', {})).db
    db['learning.tip.today'] = (await call('learning.tip.today', {})).db
    const survey = await call('survey.get', {})
    db['survey.get'] = survey.db
    const likert = Object.fromEntries(survey.data.survey.statements.map((s) => [s.id, 4]))
    db['survey.submit (pre)'] = (await call('survey.submit', { phase: 'pre', key: 'bench-survey-01', version: survey.data.survey.version, answers: likert })).db
    db['learning.certificates'] = (await call('learning.certificates', {})).db

    const overviewBytes = JSON.stringify(overview.data).length
    const sessionBytes = JSON.stringify(got.data).length
    const courseJson = rel('build/content/course.json')
    const contentKB = fs.existsSync(courseJson) ? Math.round(fs.statSync(courseJson).size / 102.4) / 10 : null
    const json = {
      dbRequestsPerAction: db,
      note: 'every count includes the 1 request that reads the caller’s user record',
      overviewResponseKB: Math.round(overviewBytes / 102.4) / 10,
      sessionResponseKB: Math.round(sessionBytes / 102.4) / 10,
      contentInApiBundleKB: contentKB
    }
    const rows = [
      ...Object.entries(db).map(([a, n]) => [`db requests: ${a}`, String(n), 'incl. the user read']),
      ['learning.overview response', `${json.overviewResponseKB} KB`, 'course map + progress, no lesson text'],
      ['learning.session.get response', `${json.sessionResponseKB} KB`, 'one session, both languages; cached on the device'],
      ['course content in the api bundle', `${contentKB} KB`, 'not in any app package: fetched and cached']
    ]
    return { json, rows }
  } finally {
    await cloud.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
