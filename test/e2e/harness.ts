// A local cloud serving the H5 build, and a headless chromium to drive it.
import fs from 'fs'
import path from 'path'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { LocalCloud, LocalCloudOptions } from '../../localcloud/server'
import { H5_DIR } from '../../localcloud/paths'
import { startTestCloud } from '../cloud/harness'

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]

export function chromiumPath(): string {
  const found = CANDIDATES.find((p) => fs.existsSync(p))
  if (!found) {
    // Never skip silently: say what to install.
    throw new Error(
      'Browser tests need Chromium: install Debian packages `chromium` and `fonts-wqy-zenhei` ' +
        '(sudo apt-get install chromium fonts-wqy-zenhei), or set CHROMIUM_PATH.'
    )
  }
  return found
}

export interface E2E {
  cloud: LocalCloud
  browser: Browser
  newPage(): Promise<Page>
  close(): Promise<void>
}

/** `opts` go to the local cloud (e.g. `seedHistory` for the demo program's history). */
export async function startE2E(opts: Partial<LocalCloudOptions> = {}): Promise<E2E> {
  const executablePath = chromiumPath()
  if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) {
    throw new Error(`${H5_DIR}/index.html is missing: run \`npm run build:h5\` first (npm test does it)`)
  }
  const cloud = await startTestCloud({ seed: true, staticDir: H5_DIR, ...opts })
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  })
  return {
    cloud,
    browser,
    async newPage() {
      // A small Android phone.
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', deviceScaleFactor: 2 })
      const page = await context.newPage()
      page.on('pageerror', (e) => console.error('[page error]', e.message))
      return page
    },
    async close() {
      await browser.close()
      await cloud.close()
    }
  }
}

/**
 * A fresh local cloud and browser page for the test file that calls this: started before its
 * tests (a beforeAll of the file's own runs after it, with both ready), closed after them.
 */
export function startE2EForFile(ready: (e2e: E2E, page: Page) => void, opts: Partial<LocalCloudOptions> = {}): void {
  let e2e: E2E | undefined
  beforeAll(async () => {
    e2e = await startE2E(opts)
    ready(e2e, await e2e.newPage())
  })
  afterAll(async () => {
    await e2e?.close()
  })
}

/** What is on screen for `selector` (Taro H5 keeps earlier pages in the DOM, hidden). */
export const visible = (page: Page, selector: string) => page.locator(`${selector} >> visible=true`)

/**
 * Opens `hash` (e.g. '/#/pages/spaces/index') as the H5 dev identity `openid`: the dev sign-in
 * keeps it in localStorage, read when the app starts (hence the reload).
 */
export async function openAs(page: Page, baseUrl: string, openid: string, hash: string): Promise<void> {
  await page.goto(`${baseUrl}/`)
  await page.evaluate((id) => window.localStorage.setItem('fb.dev.openid', id), openid)
  await page.goto(`${baseUrl}${hash}`)
  await page.reload()
}

/** Waits (bounded) until a condition holds; the assertion after it says what failed. */
export async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
}
