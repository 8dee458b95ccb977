/**
 * Aggregated results as CSV or XLSX, and the raw anonymous answers for
 * administrators. No spreadsheet runs a text as a formula: CSV cells go
 * through `neutralise`, XLSX texts are typed string cells; suppressed figures
 * are empty cells.
 */

import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { type Executor, toBool } from '../db/knex';
import { presentName } from '../db/names';
import { type CsvDialect, EXCEL_FI_CSV, neutralise, PLAIN_CSV, sendCsv } from '../http/csv';
import { attachment } from '../http/download';
import { sendXlsx } from '../http/xlsx';
import { nameAsText } from '../i18n/names.shared';
import { numberInstrument } from '../instrument/numbering';
import type { Instrument } from '../instrument/schema';
import { type Language, localize } from '../instrument/text';
import type { RoundRow } from '../rounds/queries';
import { organisationKey } from './disclosure';
import { exportWords, safeFileName } from './export-words';
import type { RoundPlan } from './plan';
import { textOrganisations } from './queries';
import type { ElementKind } from './rollups';
import type { CountryResults, CsvDialectName, Figure, GroupRow, OrganisationResults, RegionResults } from './types';

export type Table = { header: string[]; rows: unknown[][] };
export type Format = 'csv' | 'xlsx';

const cells = (f: Figure | undefined) => [f?.n ?? '', f?.mean ?? '', f?.index ?? ''];

export function organisationTable(r: OrganisationResults, instrument: Instrument, lang: Language): Table {
  const numbers = numberInstrument(instrument);
  const w = exportWords(lang);
  const c = w.columns;
  const header = [
    c.level,
    c.number,
    c.text,
    c.n,
    c.mean,
    c.index,
    c.regionN,
    c.regionMean,
    c.countryN,
    c.countryMean,
    c.notApplicable,
  ];
  const rows: unknown[][] = [];
  const line = (kind: ElementKind, id: string, f: Figure & { region: Figure; country: Figure }, na: unknown = '') => {
    const e = numbers.get(id);
    rows.push([
      w.levels[kind],
      e?.number ?? '',
      localize(e?.text, lang),
      ...cells(f),
      f.region.n,
      f.region.mean ?? '',
      f.country.n,
      f.country.mean ?? '',
      na,
    ]);
  };
  for (const area of r.areas) {
    line('area', area.id, area);
    for (const standard of area.standards) {
      line('standard', standard.id, standard);
      for (const indicator of standard.indicators)
        line('indicator', indicator.id, indicator, r.suppressed ? '' : indicator.notApplicable);
    }
  }
  return { header, rows };
}

/** Groups (organisations or regions) × areas and standards: n, mean. */
function breakdownTable(instrument: Instrument, lang: Language, groups: { name: string; row: GroupRow }[]): Table {
  const numbers = numberInstrument(instrument);
  const w = exportWords(lang);
  const ids = instrument.areas.flatMap((a) => [a.id, ...a.standards.map((s) => s.id)]);
  const header = [
    w.columns.group,
    w.columns.responses,
    w.columns.suppressed,
    ...ids.flatMap((id) => {
      const e = numbers.get(id);
      const label = `${e?.number ?? ''} ${localize(e?.text, lang)}`;
      return [w.columns.nOf(label), w.columns.meanOf(label)];
    }),
  ];
  const rows = groups.map(({ name, row }) => [
    name,
    row.responses,
    row.suppressed ? w.suppressed : '',
    ...ids.flatMap((id) => {
      const f = row.standards[id] ?? row.areas[id];
      return row.suppressed ? ['', ''] : [f?.n ?? '', f?.mean ?? ''];
    }),
  ]);
  return { header, rows };
}

export function regionTable(r: RegionResults, instrument: Instrument, lang: Language): Table {
  return breakdownTable(instrument, lang, [
    ...r.organisations.map((o) => ({
      name: nameAsText(o.organisation.name, lang, o.organisation.language),
      row: o as GroupRow,
    })),
    { name: `${nameAsText(r.region.name, lang)} (${exportWords(lang).total})`, row: r.total },
  ]);
}

export function countryTable(r: CountryResults, instrument: Instrument, lang: Language): Table {
  return breakdownTable(instrument, lang, [
    ...r.regions.map((g) => ({ name: nameAsText(g.region.name, lang), row: g as GroupRow })),
    { name: exportWords(lang).total, row: r.total },
  ]);
}

/** The CSV a viewer gets: Excel's own for Finnish and Swedish (`;`, decimal comma), or `,` and `.` for programs. */
export function csvDialect(lang: Language, dialect: CsvDialectName | undefined): CsvDialect {
  return (dialect ?? (lang === 'en' ? 'plain' : 'excel')) === 'excel' ? EXCEL_FI_CSV : PLAIN_CSV;
}

export async function sendTable(
  res: Response,
  format: Format,
  basename: string,
  table: Table,
  dialect: CsvDialect = PLAIN_CSV,
  sheet = 'Laatupeili',
): Promise<void> {
  if (format === 'csv') {
    sendCsv(res, `${basename}.csv`, table.header, table.rows, dialect);
    return;
  }
  await sendXlsx(res, `${basename}.xlsx`, table.header, table.rows, sheet);
}

/**
 * Every answer of the round's organisations that meet the minimum, streamed:
 * one row an answer, the response's random id as the only key. The same plan
 * as the administrator's reports decides: a score or "not applicable" is
 * given only where the organisation's figure for that indicator is shown,
 * and texts only from organisations that meet the text minimum.
 */
export async function streamRawAnswers(
  db: Executor,
  res: Response,
  round: RoundRow,
  instrument: Instrument,
  plan: RoundPlan,
  lang: Language,
): Promise<void> {
  const numbers = numberInstrument(instrument);
  const w = exportWords(lang);
  const name = safeFileName(w.files.answers, localize(presentName(round), lang));
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', attachment(`${name}.csv`));
  res.write('\uFEFF');
  const { response, organisation, region, group, indicatorNumber, indicatorId, value, notApplicable, text } = w.raw;
  const csv = stringify({
    header: true,
    columns: [response, organisation, region, group, indicatorNumber, indicatorId, value, notApplicable, text],
  });
  csv.pipe(res);
  const withTexts = new Set<string>(await textOrganisations(db, round).pluck('organisation_id'));
  const rating = new Set(
    instrument.areas
      .flatMap((a) => a.standards.flatMap((s) => s.indicators.filter((i) => i.kind === 'rating')))
      .map((i) => i.id),
  );
  // One organisation at a time (an indexed read each), so memory stays flat however large the round.
  const ids = [...plan.organisations].filter(([, o]) => o.people >= round.min_group_size).map(([id]) => id);
  const organisations: { id: string; name: string; region_code: string }[] =
    ids.length === 0
      ? []
      : await db('organisations').select('id', 'name', 'region_code').whereIn('id', ids).orderBy('name');
  for (const org of organisations) {
    const key = organisationKey(org.id);
    const texts = withTexts.has(org.id);
    const rows: Record<string, unknown>[] = await db('answers as a')
      .join('responses as r', 'r.id', 'a.response_id')
      .select('a.response_id', 'r.group_name', 'a.indicator_id', 'a.value', 'a.not_applicable', 'a.text')
      .where({ 'a.round_id': round.id, 'a.organisation_id': org.id })
      .orderBy(['a.response_id', 'a.indicator_id']);
    for (const r of rows) {
      const id = String(r.indicator_id);
      const scoreShown = rating.has(id) && plan.hidden(key, id) === null;
      const text = texts ? (r.text ?? '') : '';
      if (!scoreShown && text === '') continue;
      const ok = csv.write(
        [
          r.response_id,
          org.name,
          org.region_code,
          r.group_name ?? '',
          numbers.get(id)?.number ?? '',
          id,
          scoreShown ? (r.value ?? '') : '',
          scoreShown ? (toBool(r.not_applicable) ? 1 : 0) : '',
          text,
        ].map(neutralise),
      );
      if (!ok) await new Promise((resolve) => csv.once('drain', resolve));
    }
  }
  csv.end();
  await new Promise((resolve) => res.on('finish', resolve));
}
