// A plain developer page: demo identities and the subscribe-message outbox.
import type { OutboxMessage } from '../openapi/outbox'

const esc = (s: unknown) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

export function renderDevPage(identities: { openid: string; displayName: string; role: string }[], outbox: OutboxMessage[]): string {
  const ids = identities.map((i) => `<tr><td>${esc(i.displayName)}</td><td>${esc(i.role)}</td><td><code>${esc(i.openid)}</code></td></tr>`).join('')
  const msgs = outbox
    .slice(-100)
    .reverse()
    .map(
      (m) =>
        `<tr><td>${esc(m.at)}</td><td>${esc(m.touser)}</td><td>${esc(m.templateId)}</td><td>${esc(m.page ?? '')}</td><td><code>${esc(JSON.stringify(m.data))}</code></td></tr>`
    )
    .join('')
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Family Bridge local cloud</title>
<style>body{font-family:sans-serif;margin:2rem;max-width:70rem}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}</style>
<h1>Family Bridge · local cloud</h1>
<p><a href="/">Open the app (H5)</a> · JSON: <a href="/__dev/outbox">outbox</a>, <a href="/__dev/sec-check">content checks (msgSecCheck)</a>, <a href="/__dev/stats">stats</a>, <a href="/__dev/identities">identities</a></p>
<h2>Demo identities</h2><table><tr><th>name</th><th>role</th><th>openid</th></tr>${ids}</table>
<h2>Subscribe-message outbox (${outbox.length})</h2><table><tr><th>at</th><th>touser</th><th>template</th><th>page</th><th>data</th></tr>${msgs}</table>`
}
