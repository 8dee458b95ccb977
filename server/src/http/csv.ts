/** CSV downloads whose cells a spreadsheet will never run as formulas. */
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

/**
 * A spreadsheet runs a cell as a formula when it starts with = + - @ (or their
 * full-width forms ＝＋－＠), also after leading white space: spaces, tabs,
 * line breaks, the ideographic space U+3000, no-break and zero-width spaces.
 */
const FORMULA_START = /^[\s\u0085\u180e\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;
/** A cell that starts with a tab or carriage return is read as a formula by some spreadsheets too. */
const CONTROL_START = /^[\t\r]/;

/** Such a cell is prefixed with ' so that Excel and LibreOffice show it as text. */
export function neutralise(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(text) || CONTROL_START.test(text) ? `'${text}` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  // BOM: Excel then reads the file as UTF-8 (ä, ö, å).
  return `\uFEFF${stringify([header, ...rows.map((r) => r.map(neutralise))])}`;
}

export function sendCsv(res: Response, filename: string, header: string[], rows: unknown[][]): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`);
  res.send(toCsv(header, rows));
}
