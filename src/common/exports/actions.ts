// Exports as real files: an XLSX made in the cloud, stored in cloud storage, handed back as a
// link that expires. Every export is audited (export_log).
import { z } from 'zod'
import { IdSchema } from '../spaces/schemas'
import { ScopeIdSchema } from '../insights/actions'

const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')

export const ExportFileSchema = z.object({
  fileID: z.string(),
  /** a temporary download link; it stops working at expiresAt */
  url: z.string(),
  expiresAt: z.string(),
  fileName: z.string()
})
export type ExportFile = z.infer<typeof ExportFileSchema>

export const exportActions = {
  /** Every table of a dashboard as an XLSX: factory HR (factoryId) or a program officer (programId?). */
  'insights.export': {
    payload: z
      .object({ factoryId: ScopeIdSchema.optional(), programId: ScopeIdSchema.optional(), from: DaySchema.optional(), to: DaySchema.optional() })
      .strict()
      .refine((p) => !(p.factoryId && p.programId), { message: 'factoryId or programId, not both', path: ['programId'] })
      .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'from must not be after to', path: ['from'] }),
    result: ExportFileSchema
  },
  /** HR: the roster of a space (confirmed + pending) as an XLSX. Child records: audit-logged. */
  'roster.export': {
    payload: z.object({ spaceId: IdSchema }).strict(),
    result: ExportFileSchema
  }
} as const
