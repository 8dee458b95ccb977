/** CSV downloads whose cells a spreadsheet will never run as formulas. */
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { attachment } from './download';

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

/**
 * How cells are separated and decimals written. Excel opens a double-clicked CSV with the
 * list separator of the computer's locale: in Finnish and Swedish a semicolon, with a decimal comma.
 */
export type CsvDialect = { delimiter: ',' | ';'; decimal: '.' | ',' };
export const PLAIN_CSV: CsvDialect = { delimiter: ',', decimal: '.' };
export const EXCEL_FI_CSV: CsvDialect = { delimiter: ';', decimal: ',' };

const cell = (value: unknown, dialect: CsvDialect) =>
  typeof value === 'number' && dialect.decimal === ',' ? String(value).replace('.', ',') : neutralise(value);

export function toCsv(header: string[], rows: unknown[][], dialect: CsvDialect = PLAIN_CSV): string {
  // BOM: Excel then reads the file as UTF-8 (ä, ö, å).
  const lines = [header.map(neutralise), ...rows.map((r) => r.map((v) => cell(v, dialect)))];
  return `\uFEFF${stringify(lines, { delimiter: dialect.delimiter })}`;
}

export function sendCsv(
  res: Response,
  filename: string,
  header: string[],
  rows: unknown[][],
  dialect: CsvDialect = PLAIN_CSV,
): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', attachment(filename));
  res.send(toCsv(header, rows, dialect));
}
