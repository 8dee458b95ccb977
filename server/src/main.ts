/** Starts Laatupeili: config → database → app. */
import { DEMO_PASSWORD, DEMO_USERS } from '../../seeds/demo';
import { createApp } from './app';
import { bootstrap, StartupError } from './bootstrap';
import { loadConfig } from './config';
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
const db = createDb(config.database);

try {
  await bootstrap(db, { instrumentsDir: config.instrumentsDir, demo: config.demo, logger });
} catch (err) {
  // Printed whatever the log level; a database error as its code, table and operation, never its SQL or values.
  console.error(
    err instanceof StartupError
      ? `Laatupeili cannot start:\n${err.message}`
      : `Laatupeili cannot start: ${JSON.stringify(logSafeError(err), null, 2)}`,
  );
  await db.destroy();
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
