// insights.export and roster.export: validate (router) → authorize → build the sheets here →
// the `exports` function writes the .xlsx to cloud storage → a temporary link (10 minutes) →
// audited in export_log; the file itself is deleted a day later (scheduler job exports.delete).
import { randomBytes } from 'crypto'
import { AppError } from '../../src/common/errors'
import type { ExportFile } from '../../src/common/exports/actions'
import type { exportActions } from '../../src/common/exports/actions'
import { chinaDate } from '../../src/common/china-time'
import type { Caller, Handler, HandlersOf } from '../core/action'
import { cloud, db } from '../core/cloud'
import { enqueueJob } from '../scheduler/enqueue'
import { factoriesByIds } from '../me/factories'
import { pickProgram, programsOf, requireFactoryHr } from '../insights/access'
import { dashboardFor } from '../insights/figures'
import { loadSpaceAsHr } from '../spaces/access'
import { roster, rosterTable } from '../spaces/hr'
import { dashboardSheets, type Sheet } from './sheets'

export const EXPORT_LINK_SECONDS = 10 * 60
export const EXPORT_KEEP_MS = 24 * 3600_000
export const EXPORT_DELETE_JOB = 'exports.delete'

const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64)

async function writeExport(caller: Caller, kind: 'insights' | 'roster', scope: { kind: string; id: string; factoryIds: string[] }, sheets: Sheet[]): Promise<ExportFile> {
  const now = new Date()
  const fileName = `${kind}-${safe(scope.id)}-${chinaDate(now)}-${randomBytes(4).toString('hex')}.xlsx`
  const cloudPath = `exports/${safe(scope.id)}/${fileName}`
  const made = (await cloud.callFunction({ name: 'exports', data: { cloudPath, sheets } })) as { result?: { ok: boolean; fileID?: string; error?: string } }
  if (!made.result?.ok || !made.result.fileID) throw new AppError('INTERNAL', made.result?.error)
  const fileID = made.result.fileID
  const temp = (await cloud.getTempFileURL({ fileList: [{ fileID, maxAge: EXPORT_LINK_SECONDS }] })) as { fileList: { tempFileURL: string; status: number }[] }
  const url = temp.fileList[0]?.status === 0 ? temp.fileList[0].tempFileURL : ''
  if (!url) throw new AppError('INTERNAL')
  const expiresAt = new Date(now.getTime() + EXPORT_LINK_SECONDS * 1000)
  await db.collection('export_log').add({
    data: { actorOpenid: caller.openid, kind, scope: { kind: scope.kind, id: scope.id }, factoryIds: scope.factoryIds, fileID, fileName, at: now, linkExpiresAt: expiresAt }
  })
  await enqueueJob(`${EXPORT_DELETE_JOB}:${fileID}`, EXPORT_DELETE_JOB, new Date(now.getTime() + EXPORT_KEEP_MS), { fileID })
  return { fileID, url, expiresAt: expiresAt.toISOString(), fileName }
}

export const insightsExport: Handler<'insights.export'> = async ({ factoryId, programId, from, to }, caller) => {
  const lang = caller.user.language
  if (factoryId) {
    requireFactoryHr(caller, factoryId)
    const factory = (await factoriesByIds([factoryId])).get(factoryId)
    if (!factory) throw new AppError('NOT_FOUND')
    const d = await dashboardFor({ kind: 'factory', id: factoryId, name: factory.name, factories: [{ id: factoryId, name: factory.name }] }, { from, to })
    return writeExport(caller, 'insights', { kind: 'factory', id: factoryId, factoryIds: [factoryId] }, dashboardSheets(d, lang))
  }
  const program = pickProgram(await programsOf(caller.openid), programId)
  const names = await factoriesByIds(program.factoryIds)
  const factories = program.factoryIds.map((id) => ({ id, name: names.get(id)?.name ?? { 'zh-CN': id, en: id } }))
  const d = await dashboardFor({ kind: 'program', id: program._id, name: program.name, factories }, { from, to })
  return writeExport(caller, 'insights', { kind: 'program', id: program._id, factoryIds: program.factoryIds }, dashboardSheets(d, lang))
}

export const rosterExport: Handler<'roster.export'> = async ({ spaceId }, caller) => {
  const space = await loadSpaceAsHr(caller, spaceId)
  const lang = caller.user.language
  const { rows } = await roster(caller, space, lang) // audit-logs the child records read
  return writeExport(caller, 'roster', { kind: 'space', id: space._id, factoryIds: [space.factoryId] }, [{ name: space.name, rows: rosterTable(rows, lang) }])
}

export const exportHandlers: HandlersOf<typeof exportActions> = {
  'insights.export': insightsExport,
  'roster.export': rosterExport
}

/** Scheduler job exports.delete {fileID}: the file goes a day after it was made. */
export async function runExportDelete(job: { payload?: Record<string, unknown> }): Promise<void> {
  const fileID = String(job.payload?.fileID ?? '')
  if (fileID) await cloud.deleteFile({ fileList: [fileID] })
}
