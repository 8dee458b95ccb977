/**
 * An organisation's report as one XLSX workbook: the summary, areas,
 * standards and indicators with the region and the country beside, the
 * distributions and, when shown, the evidence texts. Each sheet starts with
 * the round, the organisation and the export date; its header row is frozen,
 * columns have widths and numbers their decimals. Only the figures of the
 * report (the disclosure plan's) are written.
 */
import ExcelJS from 'exceljs';
import { nameAsText } from '../i18n/names.shared';
import { numberInstrument } from '../instrument/numbering';
import type { Instrument } from '../instrument/schema';
import { type Language, localize } from '../instrument/text';
import { exportWords } from './export-words';
import { narrate, summarise } from './summary.shared';
import type { Compared, OrganisationResults } from './types';

type Column = { header: string; width: number; format?: string };
const TEXT = '@';
const MEAN = '0.00';
const WHOLE = '0';

/** Writes one sheet: the facts at the top, a frozen bold header row, then the rows; texts as typed strings. */
function sheet(book: ExcelJS.Workbook, name: string, facts: [string, string][], columns: Column[], rows: unknown[][]) {
  const ws = book.addWorksheet(name.slice(0, 31));
  for (const [label, value] of facts) {
    const row = ws.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).numFmt = TEXT;
  }
  ws.addRow([]);
  const headerRow = ws.addRow(columns.map((c) => c.header));
  headerRow.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: headerRow.number, xSplit: 0 }];
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  for (const values of rows) {
    const row = ws.addRow([]);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      if (typeof value === 'number') {
        cell.value = value;
        cell.numFmt = columns[i]?.format ?? 'General';
      } else {
        cell.value = value === null || value === undefined ? '' : String(value);
        cell.numFmt = TEXT;
      }
    });
  }
  return ws;
}

export async function organisationWorkbook(
  r: OrganisationResults,
  instrument: Instrument,
  lang: Language,
  now = new Date(),
): Promise<Buffer> {
  const w = exportWords(lang);
  const c = w.columns;
  const numbers = numberInstrument(instrument);
  const number = (id: string) => numbers.get(id)?.number ?? '';
  const text = (id: string) => localize(numbers.get(id)?.text, lang);
  const label = (id: string) => `${number(id)}${numbers.get(id)?.kind === 'area' ? '.' : ''} ${text(id)}`;
  const facts: [string, string][] = [
    [w.facts.round, localize(r.round.name, lang)],
    [w.facts.organisation, nameAsText(r.organisation.name, lang, r.organisation.language)],
    [w.facts.exported, now.toISOString().slice(0, 10)],
  ];
  const book = new ExcelJS.Workbook();
  book.created = now;

  const summary = summarise(r);
  sheet(
    book,
    w.sheets.summary,
    [
      ...facts,
      [w.facts.region, localize(r.organisation.regionName, lang)],
      [w.facts.responses, String(r.responses)],
      [w.facts.minimum, String(r.minGroupSize)],
    ],
    [{ header: w.sheets.summary, width: 120 }],
    r.suppressed ? [[w.suppressed]] : narrate(summary, r, lang, label).map((s) => [s.text]),
  );

  const figures = (f: Compared) => [
    f.n ?? '',
    f.mean ?? '',
    f.index ?? '',
    f.band ? w.bands[f.band] : f.hidden ? w.withheld : '',
    f.region.n ?? '',
    f.region.mean ?? '',
    f.region.index ?? '',
    f.differs.region ? w.differs[f.differs.region] : '',
    f.country.n ?? '',
    f.country.mean ?? '',
    f.country.index ?? '',
    f.differs.country ? w.differs[f.differs.country] : '',
  ];
  const figureColumns: Column[] = [
    { header: c.n, width: 8, format: WHOLE },
    { header: c.mean, width: 12, format: MEAN },
    { header: c.index, width: 10, format: WHOLE },
    { header: c.band, width: 14 },
    { header: c.regionN, width: 12, format: WHOLE },
    { header: c.regionMean, width: 16, format: MEAN },
    { header: c.regionIndex, width: 14, format: WHOLE },
    { header: c.differsRegion, width: 20 },
    { header: c.countryN, width: 12, format: WHOLE },
    { header: c.countryMean, width: 16, format: MEAN },
    { header: c.countryIndex, width: 14, format: WHOLE },
    { header: c.differsCountry, width: 20 },
  ];
  const lead: Column[] = [
    { header: c.number, width: 9 },
    { header: c.text, width: 60 },
  ];
  const standards = r.areas.flatMap((a) => a.standards);
  const indicators = standards.flatMap((s) => s.indicators);
  sheet(
    book,
    w.sheets.areas,
    facts,
    [...lead, ...figureColumns],
    r.areas.map((a) => [number(a.id), text(a.id), ...figures(a)]),
  );
  sheet(
    book,
    w.sheets.standards,
    facts,
    [...lead, ...figureColumns],
    standards.map((s) => [number(s.id), text(s.id), ...figures(s)]),
  );
  sheet(
    book,
    w.sheets.indicators,
    facts,
    [...lead, ...figureColumns, { header: c.notApplicable, width: 14, format: WHOLE }],
    indicators.map((i) => [number(i.id), text(i.id), ...figures(i), i.distribution.length > 0 ? i.notApplicable : '']),
  );
  const values = indicators[0]?.distribution.map((d) => d.value) ?? [];
  const scale = instrument.scale;
  const allValues = scale ? Array.from({ length: scale.max - scale.min + 1 }, (_, k) => scale.min + k) : values;
  sheet(
    book,
    w.sheets.distributions,
    facts,
    [...lead, ...allValues.map((v) => ({ header: `${c.value} ${v}`, width: 10, format: WHOLE }))],
    indicators
      .filter((i) => i.distribution.length > 0)
      .map((i) => [
        number(i.id),
        text(i.id),
        ...allValues.map((v) => i.distribution.find((d) => d.value === v)?.count ?? 0),
      ]),
  );
  if (r.textsShown)
    sheet(
      book,
      w.sheets.texts,
      facts,
      [...lead, { header: c.evidence, width: 100 }],
      indicators.flatMap((i) => i.texts.map((t) => [number(i.id), text(i.id), t])),
    );
  return Buffer.from(await book.xlsx.writeBuffer());
}
