// Reads the deployable functions from cloudfunctions/<name>/{config.json,index.js}.
import fs from 'fs'
import path from 'path'
import { z } from 'zod'

export const FunctionConfigSchema = z.object({
  timeout: z.number().positive().max(900).default(3),
  memorySize: z.number().positive().optional(),
  triggers: z
    .array(z.object({ name: z.string(), type: z.literal('timer'), config: z.string() }))
    .max(1)
    .optional(),
  permissions: z.object({ openapi: z.array(z.string()).default([]) }).partial().optional()
})
export type FunctionConfig = z.infer<typeof FunctionConfigSchema>

export interface FunctionDef {
  name: string
  dir: string
  entry: string
  config: FunctionConfig
}

export function loadFunctions(root: string): FunctionDef[] {
  if (!fs.existsSync(root)) return []
  const defs: FunctionDef[] = []
  for (const name of fs.readdirSync(root).sort()) {
    const dir = path.join(root, name)
    const configFile = path.join(dir, 'config.json')
    const entry = path.join(dir, 'index.js')
    if (!fs.existsSync(configFile)) continue
    if (!fs.existsSync(entry)) throw new Error(`cloud function ${name} is not built (${entry} missing): run npm run build:server`)
    const config = FunctionConfigSchema.parse(JSON.parse(fs.readFileSync(configFile, 'utf8')))
    defs.push({ name, dir, entry, config })
  }
  return defs
}
