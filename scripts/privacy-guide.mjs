// `npm run privacy:guide`: privacy/manifest.json → privacy/guide.md, the text for the mini program's
// 用户隐私保护指引 form and the supplementary document (补充文档) to upload with it.
// `-- --check` exits 1 when guide.md is not what the manifest gives (test/weapp/privacy.test.js too).
import fs from 'fs'
import path from 'path'
import { fileURLToPath, pathToFileURL } from 'url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const MANIFEST = path.join(root, 'privacy/manifest.json')
export const GUIDE = path.join(root, 'privacy/guide.md')

export function readManifest() {
  return JSON.parse(fs.readFileSync(MANIFEST, 'utf8'))
}

/** The form wording of a declared entry ("收集你的手机号"). */
export function itemOf(manifest, entry) {
  const item = entry.item || manifest.catalogue[entry.key]?.item
  if (!item) throw new Error(`privacy/manifest.json: declared "${entry.key}" has no form item`)
  return item
}

export function renderGuide(manifest) {
  const lines = [
    `# 用户隐私保护指引 · ${manifest.app['zh-CN']} ${manifest.app.en}`,
    '',
    '<!-- Generated from privacy/manifest.json by `npm run privacy:guide`: edit the manifest, not this file. -->',
    '',
    'Where: mp.weixin.qq.com → 设置 → 服务内容声明 → 用户隐私保护指引 → 更新. Tick each item of section 1',
    'and paste its purpose after 用于; upload section 3 as the supplementary document (补充文档).',
    '',
    '## 1. 处理的信息 / Information processed',
    ''
  ]
  for (const entry of manifest.declared) {
    const apis = manifest.catalogue[entry.key]
    lines.push(`- **${itemOf(manifest, entry)}**（${entry.key}）：开发者${itemOf(manifest, entry)}，用于${entry.purpose}。`)
    lines.push(`  - EN purpose: ${entry.purposeEn}. How it is collected: ${entry.how}.`)
    if (apis && apis.calls.length + apis.strings.length > 0) lines.push(`  - Interfaces of this item: ${[...apis.calls.map((c) => `wx.${c}`), ...apis.strings].join(', ')}`)
  }
  lines.push(
    '',
    '## 2. 隐私接口 / Privacy interfaces the mini program calls',
    '',
    'The mini program may call only the interfaces listed under the items of section 1:',
    'test/weapp/privacy.test.js scans the built mini program (dist/) for every privacy interface of the',
    'catalogue in privacy/manifest.json and fails when one is called but not declared. Children\'s data is',
    'never put on the clipboard; phone numbers are typed by the guardian, never read from WeChat.',
    '',
    '## 3. 补充文档 / Supplementary document',
    '',
    `${manifest.app['zh-CN']}还处理以下个人信息。标 ★ 的属于不满十四周岁儿童的个人信息，只在监护人单独同意《儿童个人信息保护说明》后保存，`,
    '只有孩子所在工厂的人事和该托管点的工作人员能看到，每次查看都有记录，监护人可以在小程序里查看、导出和删除。',
    '',
    `${manifest.app.en} also processes the personal information below. ★ marks children's personal information (under 14): stored only after`,
    "the guardian's separate consent to the children's-privacy notice, seen only by HR of the child's factory and the space's staff, every",
    'read recorded; the guardian can view, export and delete it in the app.',
    '',
    '| 信息 / Information | 用途 / Purpose |',
    '| --- | --- |'
  )
  for (const item of manifest.supplementary.items) {
    const star = item.children ? '★ ' : ''
    lines.push(`| ${star}${item.data}<br>${item.dataEn} | ${item.purpose}<br>${item.purposeEn} |`)
  }
  lines.push('')
  return lines.join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
  const text = renderGuide(readManifest())
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(GUIDE) ? fs.readFileSync(GUIDE, 'utf8') : ''
    if (current !== text) {
      console.error('privacy/guide.md is stale: run `npm run privacy:guide`')
      process.exit(1)
    }
    console.log('privacy/guide.md matches privacy/manifest.json')
  } else {
    fs.writeFileSync(GUIDE, text)
    console.log(`wrote ${path.relative(root, GUIDE)}`)
  }
}
