import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../config';
import { instrumentJsonSchema } from '../instrument/json-schema';
import { readInstrumentDir } from './files';

const run = promisify(execFile);

describe('shipped instruments', () => {
  it('every file in instruments/ validates', async () => {
    const files = await readInstrumentDir(path.join(ROOT_DIR, 'instruments'));
    expect(files.length).toBeGreaterThan(0);
    for (const { file, result } of files) expect(result, file).toMatchObject({ ok: true });
  });

  it('the ELO instrument has the four areas, sixteen standards and the seed questions verbatim', async () => {
    const doc = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'instruments/elo-quality/1.0.0.json'), 'utf8'));
    expect(doc.areas.map((a: { title: { fi: string } }) => a.title.fi)).toEqual([
      'Asiakaskeskeisyys',
      'Asiakkaan aktivoiminen',
      'Ohjauspalvelujen saatavuus',
      'Laadunvarmennus asiakasnäkökulmasta',
    ]);
    const standards = doc.areas.flatMap((a: { standards: unknown[] }) => a.standards);
    expect(standards).toHaveLength(16);
    const empowerment = standards.find(
      (s: { statement: { fi: string } }) => s.statement.fi === 'Ohjaus edistää asiakkaan voimaantumista',
    );
    expect(empowerment.indicators.map((i: { question: { fi: string } }) => i.question.fi)).toEqual([
      'Lisääkö ohjaus asiakkaan kompetenssia suunnitella ja hallita omia oppimis- ja urapolkujaan sekä näihin liittyviä siirtymävaiheita?',
      'Tunteeko ohjaushenkilöstö riittävästi erilaisia oppimispolkuja ja oppimismahdollisuuksia (koulutusohjelmat, tutkinnot, työssäoppiminen, osaamisen tunnistaminen ja tunnustaminen jne.)?',
      'Onko ohjaushenkilöstöllä tarvittava työelämätieto käytettävissään (esim. ennakointiraportit)?',
      'Varmistaako ohjauspalvelujen johto, että työelämätietoa tulkitaan oikein ja että tietoa levitetään tasapuolisesti henkilöstölle?',
    ]);
  });

  it('the committed JSON Schema is generated from the zod schema (run npm run instrument:schema)', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'instruments/instrument.schema.json'), 'utf8'));
    expect(committed).toEqual(instrumentJsonSchema());
  });
});

describe('npm run instrument:validate', () => {
  const cli = (file: string) => run('npx', ['tsx', 'server/src/instruments/cli-validate.ts', file], { cwd: ROOT_DIR });

  it('exits 0 for a valid instrument', async () => {
    const { stdout } = await cli('instruments/elo-quality/1.0.0.json');
    expect(stdout).toContain('valid (elo-quality 1.0.0');
  });

  it('exits non-zero for an invalid one, printing each problem with its JSON path', async () => {
    const doc = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'instruments/elo-quality/1.0.0.json'), 'utf8'));
    delete doc.areas[2].standards[1].indicators[0].question.sv;
    doc.areas[0].standards[0].indicators[1].id = doc.areas[0].standards[0].indicators[0].id;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laatupeili-cli-'));
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const failure = await cli(file).then(
      () => undefined,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failure?.code).toBe(1);
    const swedish = doc.areas[2].standards[1].indicators[0].id;
    expect(failure?.stderr).toContain(
      `3.2.1 \`${swedish}\` question (sv): missing Swedish text [areas[2].standards[1].indicators[0].question.sv]`,
    );
    expect(failure?.stderr).toContain('1.1.2 id: duplicate id');
    // The same verdict worded in Finnish on request.
    const finnish = await run('npx', ['tsx', 'server/src/instruments/cli-validate.ts', '--lang', 'fi', file], {
      cwd: ROOT_DIR,
    }).then(
      () => '',
      (err: { stderr: string }) => err.stderr,
    );
    expect(finnish).toContain(`3.2.1 \`${swedish}\` kysymys (sv): ruotsinkielinen teksti puuttuu`);
  });
});
