/** Brings a database up to date: migrations, instruments from instruments/, reference and demo data. */
import type { Logger } from 'pino';
import { type Db, migrate } from './db/knex';
import { seedDemo, seedRegions } from './db/seed';
import { formatProblems } from './instrument/format';
import { readInstrumentDir } from './instruments/files';
import { publishInstrument } from './instruments/store';

export class StartupError extends Error {}

/**
 * Loads every instrument file. A file that is invalid, or whose content differs
 * from the version already published under its number, stops the start with a
 * clear message: the files and the database must agree.
 */
export async function loadInstruments(db: Db, dir: string, logger?: Logger): Promise<void> {
  const files = await readInstrumentDir(dir);
  const problems: string[] = [];
  for (const { file, result } of files) {
    if (!result.ok) {
      problems.push(`${file} is not a valid instrument:\n${formatProblems(result.problems)}`);
      continue;
    }
    try {
      const { created } = await publishInstrument(db, result.instrument);
      if (created)
        logger?.info({ instrument: result.instrument.id, version: result.instrument.version }, 'instrument published');
    } catch (err) {
      problems.push(`${file}: ${(err as Error).message}`);
    }
  }
  if (problems.length > 0) throw new StartupError(problems.join('\n'));
}

export async function bootstrap(
  db: Db,
  opts: { instrumentsDir: string; demo: boolean; logger?: Logger },
): Promise<void> {
  await migrate(db);
  await seedRegions(db);
  await loadInstruments(db, opts.instrumentsDir, opts.logger);
  if (opts.demo) {
    const demo = await seedDemo(db);
    if (demo.seeded) opts.logger?.info({ responses: demo.responses }, 'demo data seeded');
  }
}
