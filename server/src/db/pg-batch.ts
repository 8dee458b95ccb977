/**
 * PostgreSQL's side of the group commit: many rows of one table in one
 * statement whose parameters are arrays, one array a column, unpacked by
 * `unnest`:
 *
 *   insert into "answers" ("response_id", …) select * from unnest($1::character varying[], …)
 *
 * The SQL text depends only on the table and its set of columns, never on the
 * number of rows, so it is prepared once per connection (a named statement)
 * and PostgreSQL parses and plans it once; a multi-row VALUES list would be a
 * new statement of up to thousands of parameters for every batch size. There
 * is no limit on bound values to split around either: one statement a table
 * a batch.
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';

type PgConnection = {
  query: (config: { name?: string; text: string; values?: unknown[] }) => Promise<{ rows: Record<string, unknown>[] }>;
};

/** Column → its type's name without modifiers (`character varying`, not `character varying(36)`), per connection and table. */
const columnTypes = new WeakMap<PgConnection, Map<string, Promise<Map<string, string>>>>();

async function typesOf(conn: PgConnection, table: string): Promise<Map<string, string>> {
  let tables = columnTypes.get(conn);
  if (!tables) {
    tables = new Map();
    columnTypes.set(conn, tables);
  }
  let types = tables.get(table);
  if (!types) {
    // Without the length modifier: a cast to varchar(n) would cut a long value silently, the insert refuses it.
    types = conn
      .query({
        text: `select attname as name, format_type(atttypid, null) as type from pg_attribute
               where attrelid = $1::regclass and attnum > 0 and not attisdropped`,
        values: [quoteIdent(table)],
      })
      .then(({ rows }) => new Map(rows.map((r) => [String(r.name), String(r.type)])));
    tables.set(table, types);
    // A failed look-up (the table not there yet) is tried again next time.
    types.catch(() => tables.delete(table));
  }
  return types;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The unnest insert of `table` with these columns (sorted, so that one set of columns is one statement). */
export function unnestInsertSql(table: string, columns: readonly string[], types: ReadonlyMap<string, string>): string {
  const casts = columns.map((c, i) => {
    const type = types.get(c);
    if (!type) throw new Error(`${table} has no column ${c}`);
    return `$${i + 1}::${type}[]`;
  });
  return `insert into ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) select * from unnest(${casts.join(', ')})`;
}

/**
 * Inserts `rows` into `table` inside the transaction `trx`: one statement for
 * each set of columns the rows name (rows of one kind name the same columns,
 * so a batch is one statement; a left-out column keeps its default).
 */
export async function insertUnnest(
  trx: Knex.Transaction,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const groups = new Map<string, { columns: string[]; rows: Record<string, unknown>[] }>();
  for (const row of rows) {
    const columns = Object.keys(row)
      .filter((k) => row[k] !== undefined)
      .sort();
    const key = columns.join('\u0000');
    const group = groups.get(key) ?? { columns, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  // The transaction's own connection: the statement is part of its transaction (or savepoint).
  const conn = (await trx.client.acquireConnection()) as PgConnection;
  const types = await typesOf(conn, table);
  for (const { columns, rows: own } of groups.values()) {
    const text = unnestInsertSql(table, columns, types);
    const name = `lp_unnest_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    await conn.query({ name, text, values: columns.map((c) => own.map((r) => r[c])) });
  }
}
