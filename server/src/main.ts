/** Starts Laatupeili: config → database → app. */
import { DEMO_PASSWORD, DEMO_USERS } from '../../seeds/demo';
import { createApp } from './app';
import { bootstrap, StartupError } from './bootstrap';
import { loadConfig } from './config';
import { databaseFault, describeDatabase, startupSentence } from './db/faults';
import { createDb } from './db/knex';
import { createLogger, logSafeError } from './logging';
import { startMailWorker } from './mail/worker';

const loaded = loadConfig();
if (!loaded.ok) {
  console.error(`Laatupeili cannot start: the configuration is not valid\n  ${loaded.problems.join('\n  ')}`);
  process.exit(1);
}
const { config } = loaded;
const logger = createLogger(config.logLevel);
let db: ReturnType<typeof createDb>;
try {
  db = createDb(config.database);
} catch (err) {
  console.error(`Laatupeili cannot start. ${startupSentence(err, config.database) ?? (err as Error).message}`);
  process.exit(1);
}

/** PostgreSQL may start after us (a reboot, a container): wait for it, with backoff, as long as configured. */
async function waitForDatabase(): Promise<void> {
  const until = Date.now() + config.databaseStartupWaitSeconds * 1000;
  let delay = 250;
  for (;;) {
    try {
      await db.raw('select 1');
      return;
    } catch (err) {
      if (config.database.client !== 'postgres' || databaseFault(err) !== 'database_unavailable' || Date.now() >= until)
        throw err;
      logger.warn(`${describeDatabase(config.database)} cannot be reached yet; trying again in ${delay} ms`);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 5000);
    }
  }
}

try {
  await waitForDatabase();
  await bootstrap(db, { instrumentsDir: config.instrumentsDir, demo: config.demo, logger });
} catch (err) {
  // Printed whatever the log level: one sentence for a database that cannot be used; never SQL, values or a stack.
  const sentence = startupSentence(err, config.database);
  console.error(
    err instanceof StartupError
      ? `Laatupeili cannot start:\n${err.message}`
      : sentence
        ? `Laatupeili cannot start. ${sentence}`
        : `Laatupeili cannot start: ${JSON.stringify(logSafeError(err), null, 2)}`,
  );
  await db.destroy().catch(() => undefined);
  process.exit(1);
}

const server = createApp({ db, logger, clientDir: config.clientDir, settings: config.settings }).listen(
  config.port,
  config.host,
  () => {
    const where = config.database.client === 'sqlite' ? config.database.filename : 'PostgreSQL';
    logger.info(`Laatupeili is running at http://localhost:${config.port} (database: ${where})`);
    if (config.demo) {
      // Demo mode only: the invented demo accounts, so that a new user can try every role.
      console.log(
        [
          '',
          `Laatupeili (demo mode) is running at http://localhost:${config.port}`,
          `Demo accounts, password "${DEMO_PASSWORD}":`,
          ...DEMO_USERS.map((u) => `  ${u.role.padEnd(12)} ${u.email}`),
          'Set DEMO=false to run without demo data and accounts.',
          '',
        ].join('\n'),
      );
    }
  },
);

const worker = startMailWorker(db, config.settings, logger);

function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  server.close(() => {
    void worker
      .stop()
      .then(() => db.destroy())
      .then(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
