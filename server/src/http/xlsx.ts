/** XLSX downloads whose texts a spreadsheet never runs as formulas. */
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { attachment } from './download';

/**
 * One sheet: a bold header, then the rows. Numbers stay numbers; everything
 * else is written as a typed string cell in the Text number format, so "=1+1"
 * is shown as it was written (no apostrophe) and never evaluated, not even
 * after someone edits the cell.
 */
export async function xlsxBuffer(sheetName: string, header: string[], rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const values of [header, ...rows]) {
    const row = sheet.addRow([]);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      if (typeof value === 'number') {
        cell.value = value;
        return;
      }
      cell.value = value === null || value === undefined ? '' : String(value);
      cell.numFmt = '@';
    });
  }
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function sendXlsx(
  res: Response,
  filename: string,
  header: string[],
  rows: unknown[][],
  sheet = 'Laatupeili',
): Promise<void> {
  sendWorkbook(res, filename, await xlsxBuffer(sheet, header, rows));
}

/** A workbook built elsewhere (several sheets), as a download. */
export function sendWorkbook(res: Response, filename: string, body: Buffer): void {
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('Content-Disposition', attachment(filename));
  res.send(body);
}
