// Sheets → an .xlsx file (exceljs). Only the `exports` function imports this: exceljs stays out
// of the api bundle (and its cold start).
import ExcelJS from 'exceljs'
import type { Sheet } from './sheets'

/** Excel refuses these in sheet names, and names longer than 31 characters. */
const sheetName = (name: string, used: Set<string>) => {
  let base = name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 28) || 'Sheet'
  while (used.has(base)) base = `${base.slice(0, 26)}_${used.size}`
  used.add(base)
  return base
}

export async function xlsxOf(sheets: Sheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Family Bridge'
  const used = new Set<string>()
  for (const s of sheets) {
    const ws = wb.addWorksheet(sheetName(s.name, used))
    for (const row of s.rows) ws.addRow(row)
    ws.getRow(1).font = { bold: true }
    ws.columns.forEach((c) => (c.width = 16))
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
