// The insights actions (program impact dashboards): payloads and results. Every number a
// result carries has been through the small-cell suppression (./suppress.ts) on the server.
// No openid, name, child or individual answer is part of any of these shapes.
import { z } from 'zod'
import { LocalizedSchema } from '../learning/content'

const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
/** Ids of factories and programs (operator-made: letters, digits, - and _). */
export const ScopeIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

const range = { from: DaySchema.optional(), to: DaySchema.optional() }
const rangeOrdered = (p: { from?: string; to?: string }) => !p.from || !p.to || p.from <= p.to

export const FigureSchema = z.union([z.number(), z.literal('<5'), z.literal('hidden')])

const PairedSchema = z.object({
  n: FigureSchema,
  meanBefore: FigureSchema,
  meanAfter: FigureSchema,
  change: FigureSchema,
  ci95: z.tuple([z.number(), z.number()]).nullable()
})

export const OutcomeItemSchema = z.object({
  id: z.string(),
  text: LocalizedSchema,
  /** answered on a reversed scale (agreeing is the less wished-for answer) */
  reversed: z.boolean(),
  before: z.object({ n: FigureSchema, mean: FigureSchema }),
  after: z.object({ n: FigureSchema, mean: FigureSchema }),
  paired: PairedSchema
})

const ShareSchema = z.object({ n: FigureSchema, agree: FigureSchema })

export const LearningFiguresSchema = z.object({
  started: FigureSchema,
  courseCertificates: FigureSchema,
  modules: z.array(
    z.object({
      module: z.number().int(),
      certificates: FigureSchema,
      medianDaysToFinish: FigureSchema,
      /** workers who completed each session of the module, in order */
      funnel: z.array(z.object({ id: z.string(), people: FigureSchema, ofStarted: FigureSchema }))
    })
  ),
  weeklyActive: z.array(z.object({ week: DaySchema, learners: FigureSchema })),
  firstTryPassRate: z.array(z.object({ sessionId: z.string(), firstTries: FigureSchema, passRate: FigureSchema })),
  hardestQuestions: z.array(z.object({ sessionId: z.string(), questionId: z.string(), text: LocalizedSchema.nullable(), answers: FigureSchema, wrongRate: FigureSchema })),
  /** the weekly practice (commitments made in the activity window) */
  practice: z.object({
    /** practices taken on */
    commitments: FigureSchema,
    /** people who took one on */
    committers: FigureSchema,
    /** "did you try it?" answered */
    checkIns: FigureSchema,
    /** of the people who answered, the share who tried at least once ("yes" or "a bit") */
    triedShare: FigureSchema
  })
})

export const OutcomeFiguresSchema = z.object({
  surveyVersion: z.number().int(),
  respondents: z.object({ before: FigureSchema, after: FigureSchema, both: FigureSchema }),
  items: z.array(OutcomeItemSchema),
  headline: z.object({ itemId: z.string(), text: LocalizedSchema, before: ShareSchema, after: ShareSchema }).nullable(),
  /** the optional workplace block (intention to stay, "management cares"); empty before survey v2 */
  workplace: z.array(
    z.object({
      id: z.string(),
      text: LocalizedSchema.nullable(),
      all: PairedSchema,
      childUsedSpace: PairedSchema,
      childDidNotUseSpace: PairedSchema
    })
  )
})

export const SeasonFiguresSchema = z.object({
  spaceId: z.string(),
  factoryId: z.string(),
  name: z.string(),
  startDate: DaySchema,
  endDate: DaySchema,
  status: z.string(),
  capacity: z.number().int(),
  confirmed: FigureSchema,
  waitlisted: FigureSchema,
  offers: z.object({ made: FigureSchema, accepted: FigureSchema, expired: FigureSchema }),
  attendanceByDay: z.array(z.object({ date: DaySchema, present: FigureSchema, rate: FigureSchema })),
  childrenByAge: z.array(z.object({ band: z.string(), children: FigureSchema })),
  refusedPickups: FigureSchema
})

export const ConnectionFiguresSchema = z.object({
  callsPlanned: FigureSchema,
  callers: FigureSchema,
  /** how the calls went, as the workers told it (the three faces) */
  feedback: z.object({ good: FigureSchema, okay: FigureSchema, hard: FigureSchema }),
  notices: z.object({ sent: z.number().int(), recipients: FigureSchema, readRate: FigureSchema, medianHoursToRead: FigureSchema })
})

export const FactoryRowSchema = z.object({
  factoryId: z.string(),
  name: LocalizedSchema,
  started: FigureSchema,
  courseCertificates: FigureSchema,
  headlineAgreeBefore: FigureSchema,
  headlineAgreeAfter: FigureSchema,
  confirmedChildren: FigureSchema,
  attendanceRate: FigureSchema,
  noticeReadRate: FigureSchema
})

export const DashboardSchema = z.object({
  scope: z.object({ kind: z.enum(['factory', 'program']), id: z.string(), name: LocalizedSchema }),
  range: z.object({ from: DaySchema.nullable(), to: DaySchema }),
  generatedAt: z.string(),
  /** when the figures were computed (rollups are refreshed hourly when a dashboard is opened) */
  asOf: z.string(),
  minCell: z.number().int(),
  learning: LearningFiguresSchema,
  outcomes: OutcomeFiguresSchema,
  seasons: z.array(SeasonFiguresSchema),
  connection: ConnectionFiguresSchema,
  /** factories whose figures are still being computed (a new program): not in the figures yet */
  pending: z.array(z.string()),
  /** per-factory figures of a program (empty for a factory) */
  factories: z.array(FactoryRowSchema)
})
export type Dashboard = z.infer<typeof DashboardSchema>
export type FigureValue = z.infer<typeof FigureSchema>

export const insightsActions = {
  'insights.factory': {
    payload: z.object({ factoryId: ScopeIdSchema, ...range }).strict().refine(rangeOrdered, { message: 'from must not be after to', path: ['from'] }),
    result: DashboardSchema
  },
  'insights.program': {
    payload: z.object({ programId: ScopeIdSchema.optional(), ...range }).strict().refine(rangeOrdered, { message: 'from must not be after to', path: ['from'] }),
    result: DashboardSchema.extend({ programs: z.array(z.object({ programId: z.string(), name: LocalizedSchema })) })
  }
} as const
