// Cloud function `exports`: turns sheets into an .xlsx and stores it in cloud storage. Called only
// by the api function (which validated, authorized and audited the export); refuses the app.
import { z } from 'zod'
import { callerSource, cloud, type FunctionContext } from '../core/cloud'
import { xlsxOf } from '../exports/xlsx'

const CellSchema = z.union([z.string().max(4000), z.number(), z.null()])
const EventSchema = z.object({
  cloudPath: z.string().regex(/^exports\/[A-Za-z0-9_-]+\/[A-Za-z0-9_.-]+\.xlsx$/),
  sheets: z.array(z.object({ name: z.string().min(1).max(60), rows: z.array(z.array(CellSchema).max(60)).max(20_000) })).min(1).max(30)
})

export async function main(event: unknown, context?: FunctionContext) {
  if (!callerSource(context).split(',').includes('scf')) return { ok: false, error: 'exports is called by the api function only' }
  const parsed = EventSchema.safeParse(event)
  if (!parsed.success) return { ok: false, error: parsed.error.message }
  const buffer = await xlsxOf(parsed.data.sheets)
  const up = (await cloud.uploadFile({ cloudPath: parsed.data.cloudPath, fileContent: buffer })) as { fileID: string }
  return { ok: true, fileID: up.fileID, bytes: buffer.length }
}
