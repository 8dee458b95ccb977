import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from './csv';
import { xlsxBuffer } from './xlsx';

describe('CSV cells', () => {
  it.each([
    '=1+1',
    '+1',
    '-1',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    ' =1+1',
    '   +1',
    '\n=1',
    '\r\n@x',
    '\u3000=1+1',
    '\u00a0=1',
    '\u2003-1',
    '\u200b=1',
    '\ufeff=1',
    '＝1+1',
    '＋1',
    '－1',
    '＠SUM(A1)',
    ' \u3000＝HYPERLINK("http://evil.example")',
  ])('neutralises %j', (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
  });

  it.each(['', 'Näin se näkyy', '1+1=2', 'a=b', ' text', '5', 'e-mail', '(=1)'])('leaves %j as it is', (text) => {
    expect(neutralise(text)).toBe(text);
  });

  it('neutralises every cell of a CSV document', () => {
    const csv = toCsv(['h'], [['\u3000=1'], ['ok']]);
    expect(csv).toBe("\uFEFFh\n'\u3000=1\nok\n");
  });
});

describe('XLSX cells', () => {
  it('writes texts as typed strings, without an apostrophe, and numbers as numbers', async () => {
    const buffer = await xlsxBuffer(
      't',
      ['text', 'n'],
      [
        ['=1+1', 3],
        ['＋1', null],
      ],
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('t')!;
    const formula = sheet.getCell('A2');
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.value).toBe('=1+1');
    expect(formula.formula).toBeUndefined();
    expect(formula.numFmt).toBe('@');
    expect(sheet.getCell('A3').value).toBe('＋1');
    expect(sheet.getCell('B2')).toMatchObject({ type: ExcelJS.ValueType.Number, value: 3 });
    expect(sheet.getCell('A1').font?.bold).toBe(true);
  });
});
