// Reads the course content from content/ (Node only: tests, build, stats).
import fs from 'fs'
import path from 'path'

export const CONTENT_DIR = __dirname

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'))

export function sessionFiles(): string[] {
  const courseDir = path.join(CONTENT_DIR, 'course')
  return fs
    .readdirSync(courseDir)
    .filter((d) => /^module-\d$/.test(d))
    .sort()
    .flatMap((d) =>
      fs
        .readdirSync(path.join(courseDir, d))
        .filter((f) => /^session-\d\d\.json$/.test(f))
        .sort()
        .map((f) => path.join(courseDir, d, f))
    )
}

export function loadRawContent() {
  const tipsDir = path.join(CONTENT_DIR, 'tips')
  const tipFiles = fs.existsSync(tipsDir) ? fs.readdirSync(tipsDir).filter((f) => f.endsWith('.json')).sort() : []
  const surveyFile = path.join(CONTENT_DIR, 'survey.json')
  return {
    modules: readJson(path.join(CONTENT_DIR, 'course', 'modules.json')) as unknown[],
    sessions: sessionFiles().map((file) => ({ file, data: readJson(file) })),
    tips: tipFiles.flatMap((f) => readJson(path.join(tipsDir, f)) as unknown[]),
    survey: fs.existsSync(surveyFile) ? readJson(surveyFile) : undefined
  }
}
