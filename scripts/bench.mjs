// `npm run bench [-- --json] [--only <scenario,...>] [--profile local|cloud|both]`:
// package sizes, api latency through the local cloud, cold start, and database
// requests per action (a machine-independent cost figure counted by the local
// cloud), then the feature scenarios twice: as fast as this machine answers
// (`local`), and under `cloudProfile` (every database request 10 ms, every
// openapi call 50 ms, localcloud/latency.ts), which is what users of a real
// cloud function feel. `--only` runs just the named scenarios (no sizes/api
// figures unless `api` is named too); `--profile` picks one profile.
import fs from 'fs'
import os from 'os'
import path from 'path'
import { createRequire } from 'module'
import { ensureAppBuild, ensureServerBuild, rel } from './lib.mjs'

import { parseArgs } from 'util'

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    profile: { type: 'string', default: 'both' }
  }
})
const asJson = args.json
const only = args.only ? new Set(args.only.split(',').map((x) => x.trim()).filter(Boolean)) : null
if (!['local', 'cloud', 'both'].includes(args.profile)) throw new Error(`--profile must be local, cloud or both, got ${args.profile}`)
const profiles = args.profile === 'both' ? ['local', 'cloud'] : [args.profile]
/** The cloud profile: a planning assumption of real CloudBase round trips from a cloud function. */
const CLOUD_PROFILE = { dbLatencyMs: 10, openapiLatencyMs: 50 }
const log = (...a) => (asJson ? undefined : console.error(...a))
const MAIN_BUDGET_KB = 400
const LIMIT_KB = 2048

await ensureServerBuild({ quiet: asJson })
if (!only || only.has('api')) await ensureAppBuild('weapp', { quiet: asJson })
const require = createRequire(import.meta.url)
const { startLocalCloud } = require(rel('build/localcloud/index.js'))

// ---- package sizes -----------------------------------------------------------
function dirSize(dir) {
  let total = 0
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    total += e.isDirectory() ? dirSize(p) : fs.statSync(p).size
  }
  return total
}
function packageSizes() {
  const dist = rel('dist')
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const subs = (app.subPackages ?? app.subpackages ?? []).map((s) => ({ name: s.name ?? s.root, root: s.root.replace(/\/$/, '') }))
  const subKB = subs.map((s) => ({ name: s.name, kb: dirSize(path.join(dist, s.root)) / 1024 }))
  const totalKB = dirSize(dist) / 1024
  const mainKB = totalKB - subKB.reduce((a, s) => a + s.kb, 0)
  return { mainKB, subpackages: subKB, totalKB }
}

// ---- latency and cost ----------------------------------------------------------
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d

async function apiFigures() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fb-bench-'))
  const cloud = await startLocalCloud({ dataDir, seed: true })
  try {
    const call = async (openid, action, payload) => {
      const res = await fetch(`${cloud.url}/__cloud/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
        body: JSON.stringify({ name: 'api', data: { action, payload } })
      })
      const body = await res.json()
      if (!body.result?.ok) throw new Error(`bench call failed: ${JSON.stringify(body)}`)
      return cloud.stats.invocations.at(-1)
    }
    const cold = await call('demo-worker', 'me.get', {})
    for (let i = 0; i < 10; i++) await call('demo-worker', 'me.get', {}) // warm up
    const times = []
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now()
      await call('demo-worker', 'me.get', {})
      times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    const dbPerAction = {
      'me.get (first call, creates the user)': (await call('bench-newcomer', 'me.get', {})).dbRequests,
      'me.get': (await call('demo-worker', 'me.get', {})).dbRequests,
      'me.update': (await call('demo-worker', 'me.update', { language: 'en' })).dbRequests
    }
    return { p50: round(pct(times, 50), 2), p95: round(pct(times, 95), 2), coldStartMs: round(cold.coldStartMs ?? NaN), dbPerAction }
  } finally {
    await cloud.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

// Cold start = time to load the api bundle (with wx-server-sdk) in a fresh instance.
async function coldStarts(n = 5) {
  const samples = []
  for (let i = 0; i < n; i++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fb-bench-cold-'))
    const cloud = await startLocalCloud({ dataDir })
    const rec = await cloud.invoke('api', { action: 'me.get', payload: {} }, { openid: 'cold', source: 'wx_client' })
    samples.push(rec.coldStartMs)
    await cloud.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  samples.sort((a, b) => a - b)
  return round(samples[Math.floor(n / 2)])
}

const withBase = !only || only.has('api')
let sizes, api, coldStartMedianMs, bundleKB
if (withBase) {
  log('measuring package sizes, api latency (200 calls of me.get), cold start…')
  sizes = packageSizes()
  api = await apiFigures()
  coldStartMedianMs = await coldStarts()
  bundleKB = round(fs.statSync(rel('cloudfunctions/api/index.js')).size / 1024)
}

// Feature scenarios: scripts/bench/*.mjs each export `name` and
// `run({ startLocalCloud, rel, maxInstances })` → `{ json, rows: [[label, value, note]] }`;
// optionally `cloudVariants: [{ key, maxInstances, label }]`, extra runs under the cloud profile.
const scenarios = []
const cloudScenarios = []
const startCloudProfile = (opts) => startLocalCloud({ ...opts, latency: { dbMs: CLOUD_PROFILE.dbLatencyMs, openapiMs: CLOUD_PROFILE.openapiLatencyMs } })
const benchDir = rel('scripts/bench')
const known = []
for (const file of fs.existsSync(benchDir) ? fs.readdirSync(benchDir).filter((f) => f.endsWith('.mjs')).sort() : []) {
  const mod = await import(path.join(benchDir, file))
  known.push(mod.name)
  if (only && !only.has(mod.name)) continue
  if (profiles.includes('local')) {
    log(`scenario ${mod.name}…`)
    scenarios.push({ name: mod.name, ...(await mod.run({ startLocalCloud, rel })) })
  }
  if (profiles.includes('cloud')) {
    log(`scenario ${mod.name} (cloud profile: db ${CLOUD_PROFILE.dbLatencyMs} ms, openapi ${CLOUD_PROFILE.openapiLatencyMs} ms)…`)
    cloudScenarios.push({ name: mod.name, ...(await mod.run({ startLocalCloud: startCloudProfile, rel })) })
    for (const v of mod.cloudVariants ?? []) {
      log(`scenario ${mod.name} (cloud profile, ${v.label})…`)
      const out = await mod.run({ startLocalCloud: startCloudProfile, rel, maxInstances: v.maxInstances })
      cloudScenarios.push({ name: v.key, json: out.json, rows: out.rows.map(([l, val, note]) => [`${l} (${v.label})`, val, note]) })
    }
  }
}
for (const name of only ?? []) if (name !== 'api' && !known.includes(name)) throw new Error(`unknown scenario ${name} (known: api, ${known.join(', ')})`)

const report = withBase ? {
  weapp: {
    mainPackageKB: round(sizes.mainKB),
    mainBudgetKB: MAIN_BUDGET_KB,
    limitKB: LIMIT_KB,
    withinBudget: sizes.mainKB <= MAIN_BUDGET_KB,
    subpackagesKB: Object.fromEntries(sizes.subpackages.map((s) => [s.name, round(s.kb)])),
    totalKB: round(sizes.totalKB)
  },
  api: {
    calls: 200,
    action: 'me.get',
    path: 'H5 gateway → function host → api → local cloud database',
    p50Ms: api.p50,
    p95Ms: api.p95,
    coldStartMs: coldStartMedianMs,
    bundleKB
  },
  dbRequestsPerAction: api.dbPerAction
} : {}
Object.assign(report, Object.fromEntries(scenarios.map((sc) => [sc.name, sc.json])))
if (profiles.includes('cloud')) {
  report.cloudProfile = { ...CLOUD_PROFILE, ...Object.fromEntries(cloudScenarios.map((sc) => [sc.name, sc.json])) }
}

if (asJson) {
  console.log(JSON.stringify(report))
} else {
  const base = !withBase ? [] : [
    ['weapp main package', `${report.weapp.mainPackageKB} KB`, `budget ${MAIN_BUDGET_KB} KB, limit ${LIMIT_KB} KB ${report.weapp.withinBudget ? '✓' : '✗ OVER BUDGET'}`],
    ...Object.entries(report.weapp.subpackagesKB).map(([n, kb]) => [`weapp subpackage ${n}`, `${kb} KB`, `limit ${LIMIT_KB} KB`]),
    ['weapp total', `${report.weapp.totalKB} KB`, 'limit 20480 KB'],
    ['api me.get latency p50', `${report.api.p50Ms} ms`, '200 calls via the H5 gateway'],
    ['api me.get latency p95', `${report.api.p95Ms} ms`, ''],
    ['api cold start (load bundle)', `${report.api.coldStartMs} ms`, `median of 5, bundle ${bundleKB} KB`],
    ...Object.entries(report.dbRequestsPerAction).map(([a, n]) => [`db requests: ${a}`, String(n), 'counted by the local cloud'])
  ].map(([label, value, note]) => [label, value, '', note])
  // scenario rows: this machine's figure and the cloud profile's side by side (matched by label)
  const cloudRows = new Map(cloudScenarios.flatMap((sc) => sc.rows).map((r) => [r[0], r]))
  const scenarioRows = []
  for (const r of scenarios.flatMap((sc) => sc.rows)) {
    const c = cloudRows.get(r[0])
    cloudRows.delete(r[0])
    scenarioRows.push([r[0], r[1], c ? c[1] : '—', c && c[2] !== r[2] ? `${r[2]} │ cloud: ${c[2]}` : r[2]])
  }
  for (const c of cloudRows.values()) scenarioRows.push([c[0], '—', c[1], c[2]])
  const header = ['', 'local (no delay)', `cloudProfile (db ${CLOUD_PROFILE.dbLatencyMs} ms, openapi ${CLOUD_PROFILE.openapiLatencyMs} ms)`, '']
  const rows = [...base, ...(scenarioRows.length ? [header, ...scenarioRows] : [])]
  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(r[i]).length)))
  console.log(rows.map((r) => r.map((c, i) => String(c).padEnd(w[i])).join('  │  ')).join('\n'))
}
