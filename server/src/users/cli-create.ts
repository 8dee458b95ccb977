/**
 * `npm run user:create -- --email a@b.fi --role admin [--name "…"] [--region 11] [--organisation <id>]… [--password …]`
 * Asks for the password when it is not given (it is not echoed).
 */
import { parseArgs } from 'node:util';
import { bootstrap } from '../bootstrap';
import { loadConfig } from '../config';
import { createDb } from '../db/knex';
import { formatPath } from '../instrument/schema';
import { CreateUserBody, Password } from './schemas';
import { createUser } from './service';

async function askPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    // Piped: the first line of standard input.
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  process.stdout.write(prompt);
  process.stdin.setRawMode(true);
  process.stdin.resume();
  let value = '';
  return new Promise((resolve) => {
    process.stdin.on('data', (buf: Buffer) => {
      for (const ch of buf.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdout.write('\n');
          resolve(value);
          return;
        }
        if (ch === '\u0003') process.exit(130);
        value = ch === '\u007f' ? value.slice(0, -1) : value + ch;
      }
    });
  });
}

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    region: { type: 'string' },
    organisation: { type: 'string', multiple: true },
    password: { type: 'string' },
  },
});

const loaded = loadConfig();
if (!loaded.ok) {
  console.error(loaded.problems.join('\n'));
  process.exit(1);
}
const input = {
  email: values.email,
  role: values.role,
  name: values.name ?? values.email,
  regionCode: values.region,
  organisationIds: values.organisation,
};
const password = values.password ?? (await askPassword('Password (at least 12 characters): '));
const parsed = CreateUserBody.safeParse(input);
const passwordOk = Password.safeParse(password);
if (!passwordOk.success) {
  console.error(`  --password: ${passwordOk.error.issues[0]?.message}`);
  process.exit(1);
}
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`  --${formatPath(issue.path)}: ${issue.message}`);
  console.error(
    'usage: npm run user:create -- --email <email> --role admin|coordinator|manager [--region 11] [--organisation <id>]',
  );
  process.exit(1);
}
const db = createDb(loaded.config.database);
try {
  await bootstrap(db, { instrumentsDir: loaded.config.instrumentsDir, demo: false });
  const user = await createUser(db, { id: null, email: 'command line' }, parsed.data, { password });
  console.log(`created ${user.role} ${user.email} (${user.id})`);
} catch (err) {
  console.error(`cannot create the user: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
