// The subscribe-message template registry, as configuration: for each message
// kind, the template id chosen in the mini program admin console (公共模板库)
// per cloud environment, the page the message opens, and which message value
// fills each template keyword. Validated with zod when the function loads, so a
// typo fails the deploy's first call instead of every send (47003 / 40037).
//
// To use real templates: add an entry under `environments` keyed by the env id
// (or set SUBSCRIBE_TEMPLATES in the functions' environment to the same JSON).
import { z } from 'zod'
import { MESSAGE_KINDS, MessageKindSchema, TemplateIdSchema, type MessageKind } from '../../src/common/reminders/schemas'
import { fieldTypeOf } from '../../src/common/reminders/message-fields'

/** What a message of each kind can put in its fields (the mapping may use any of them). */
export const MESSAGE_VALUES: Record<MessageKind, readonly string[]> = {
  lesson_nudge: ['courseTitle', 'hint', 'lastStudiedAt'],
  call_reminder: ['withWhom', 'callAt', 'note', 'hint'],
  registration_status: ['spaceName', 'status', 'hint', 'updatedAt'],
  space_offer: ['spaceName', 'offerExpiresAt', 'hint'],
  notice: ['title', 'body', 'sentAt', 'factoryName'],
  practice_reminder: ['practiceTitle', 'hint', 'day']
}

const TemplateDefSchema = z
  .object({
    templateId: TemplateIdSchema,
    /** page the message opens (no leading slash); `{id}` is replaced by the message's subject id */
    page: z.string().min(1).max(128),
    /** keyword (thing1, time2 …) → message value name */
    fields: z.record(z.string(), z.string()).refine((f) => Object.keys(f).length > 0 && Object.keys(f).length <= 5, 'one to five keywords')
  })
  .strict()
  .superRefine((def, ctx) => {
    for (const key of Object.keys(def.fields)) {
      if (!fieldTypeOf(key)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['fields', key], message: `keyword ${key} has no known type` })
    }
  })
export type TemplateDef = z.infer<typeof TemplateDefSchema>

const EnvTemplatesSchema = z
  .object(Object.fromEntries(MESSAGE_KINDS.map((k) => [k, TemplateDefSchema])) as Record<MessageKind, typeof TemplateDefSchema>)
  .strict()
  .superRefine((env, ctx) => {
    for (const kind of MESSAGE_KINDS) {
      for (const from of Object.values(env[kind].fields)) {
        if (!MESSAGE_VALUES[kind].includes(from)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [kind, 'fields'], message: `${kind} has no value ${from}` })
      }
    }
    const ids = MESSAGE_KINDS.map((k) => env[k].templateId)
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'one template id per kind' })
  })

export const RegistrySchema = z
  .object({
    /** used for any environment not listed (the local cloud, tests) */
    default: EnvTemplatesSchema,
    environments: z.record(z.string(), EnvTemplatesSchema)
  })
  .strict()
export type Registry = z.infer<typeof RegistrySchema>
export type EnvTemplates = z.infer<typeof EnvTemplatesSchema>

const REMINDERS_ROOT = 'packages/reminders/pages'

/** Local/test templates: ids the local cloud's outbox accepts; keyword layout like the public library's. */
export const REGISTRY_CONFIG: Registry = {
  default: {
    lesson_nudge: { templateId: 'TPL_LESSON_NUDGE', page: 'pages/learn/index', fields: { thing1: 'courseTitle', thing2: 'hint', date3: 'lastStudiedAt' } },
    call_reminder: { templateId: 'TPL_CALL_REMINDER', page: `${REMINDERS_ROOT}/calls/index`, fields: { thing1: 'withWhom', time2: 'callAt', thing3: 'note' } },
    registration_status: { templateId: 'TPL_REGISTRATION_STATUS', page: 'packages/spaces/pages/registrations/index', fields: { thing1: 'spaceName', phrase2: 'status', thing3: 'hint' } },
    space_offer: { templateId: 'TPL_SPACE_OFFER', page: 'packages/spaces/pages/registrations/index', fields: { thing1: 'spaceName', time2: 'offerExpiresAt', thing3: 'hint' } },
    notice: { templateId: 'TPL_NOTICE', page: `${REMINDERS_ROOT}/notice/index?id={id}`, fields: { thing1: 'title', thing2: 'body', time3: 'sentAt' } },
    practice_reminder: { templateId: 'TPL_PRACTICE_REMINDER', page: 'pages/learn/index', fields: { thing1: 'practiceTitle', thing2: 'hint', date3: 'day' } }
  },
  environments: {}
}

let cached: Registry | undefined

/** The validated registry (config, or SUBSCRIBE_TEMPLATES from the environment). */
export function registry(): Registry {
  if (!cached) {
    const fromEnv = process.env.SUBSCRIBE_TEMPLATES
    cached = RegistrySchema.parse(fromEnv ? JSON.parse(fromEnv) : REGISTRY_CONFIG)
  }
  return cached
}

/** The templates of one cloud environment. */
export function templatesFor(envId: string | undefined, reg: Registry = registry()): EnvTemplates {
  return (envId && reg.environments[envId]) || reg.default
}

export function kindOfTemplate(templates: EnvTemplates, templateId: string): MessageKind | undefined {
  return MESSAGE_KINDS.find((k) => templates[k].templateId === templateId)
}

export function pageFor(def: TemplateDef, subjectId?: string): string {
  return def.page.replace('{id}', encodeURIComponent(subjectId ?? ''))
}

export { MessageKindSchema }
