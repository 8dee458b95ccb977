/** CSV downloads whose cells a spreadsheet will never run as formulas. */
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

/** A cell starting with = + - @ tab or carriage return is prefixed with ' so that Excel and LibreOffice show it as text. */
export function neutralise(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
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
