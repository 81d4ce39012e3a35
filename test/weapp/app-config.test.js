// The mini program's app-level configuration on the REAL build: on-demand component injection,
// the v2 component style, the sitemap that keeps feature pages out of WeChat search, and a
// project.config.json copy in dist/ that points at nothing missing.
const fs = require('fs')
const path = require('path')
const { DIST, assertBuilt } = require('./harness')

const readJson = (file) => JSON.parse(fs.readFileSync(path.join(DIST, file), 'utf8'))

function allPages(app) {
  const subs = app.subPackages || app.subpackages || []
  return {
    main: app.pages,
    sub: subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))
  }
}

/** WeChat's sitemap semantics: the first matching rule decides; '*' matches every page (no wildcards in paths); default allow. */
function indexable(sitemap, page) {
  const rule = sitemap.rules.find((r) => r.page === '*' || r.page === page)
  return !rule || (rule.action || 'allow') === 'allow'
}

let app
beforeAll(() => {
  assertBuilt()
  app = readJson('app.json')
})

test('app.json: lazyCodeLoading requiredComponents, style v2, sitemap.json next to it', () => {
  expect(app.lazyCodeLoading).toBe('requiredComponents')
  expect(app.style).toBe('v2')
  expect(app.sitemapLocation).toBe('sitemap.json')
  expect(fs.existsSync(path.join(DIST, 'sitemap.json'))).toBe(true)
})

test('with requiredComponents every page declares the components it renders (Taro\'s comp) and they exist', () => {
  const { main, sub } = allPages(app)
  const problems = []
  for (const page of [...main, ...sub]) {
    const json = readJson(`${page}.json`)
    const using = json.usingComponents || {}
    const wxml = fs.readFileSync(path.join(DIST, `${page}.wxml`), 'utf8')
    // A page renders through base.wxml, whose templates use <comp> for deep trees.
    if (/base\.wxml/.test(wxml) && !using.comp) problems.push(`${page}: comp not declared`)
    for (const [name, target] of Object.entries(using)) {
      const resolved = path.join(DIST, path.dirname(page), `${target}.json`)
      if (!fs.existsSync(resolved) || !JSON.parse(fs.readFileSync(resolved, 'utf8')).component) {
        problems.push(`${page}: ${name} → ${target} is not a component`)
      }
    }
  }
  expect(main.length + sub.length).toBeGreaterThan(20)
  expect(problems).toEqual([])
  expect(readJson('comp.json').usingComponents.comp).toBe('./comp')
})

test('sitemap: the tab pages may be indexed, no subpackage (feature) page may', () => {
  const sitemap = readJson('sitemap.json')
  const { main, sub } = allPages(app)
  expect(main.filter((p) => !indexable(sitemap, p))).toEqual([])
  expect(sub.filter((p) => indexable(sitemap, p))).toEqual([])
  expect(JSON.stringify(sitemap).length).toBeLessThanOrEqual(5120) // WeChat's size limit
})

test("dist/project.config.json does not point cloudfunctionRoot at a folder dist/ lacks", () => {
  const config = readJson('project.config.json')
  if (config.cloudfunctionRoot !== undefined) {
    expect(fs.existsSync(path.join(DIST, config.cloudfunctionRoot))).toBe(true)
  }
  expect(config.miniprogramRoot).toBe('./')
  expect(config.appid).toMatch(/^(touristappid|wx[0-9a-f]{16})$/)
})
