// Browser: save the export file (a link to the local cloud's storage, which answers with a download).
export async function openExport(file: { url: string; fileName: string }): Promise<void> {
  const a = document.createElement('a')
  a.href = file.url
  a.download = file.fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
}
