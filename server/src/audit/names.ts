/**
 * The names behind the ids an audit entry stores: rounds, organisations,
 * regions and users, in every language they have. The log stores ids (names
 * change; the entry must still say what it was about); the viewer reads names.
 */
import type { Executor } from '../db/knex';
import type { LocalizedText } from '../instrument/text';
import { organisationNames } from '../organisations/queries';

export type AuditRow = { target_type: string; target_id: string | null; details: Record<string, unknown> | null };

export type AuditNames = {
  target(row: AuditRow): LocalizedText | null;
  organisation(id: unknown): LocalizedText | undefined;
  region(code: unknown): LocalizedText | undefined;
};

const ids = (rows: AuditRow[], type: string, detail?: string): string[] => [
  ...new Set(
    rows.flatMap((r) => [
      ...(r.target_type === type && r.target_id ? [r.target_id] : []),
      ...(detail && typeof r.details?.[detail] === 'string' ? [r.details[detail] as string] : []),
    ]),
  ),
];

const texts = (row: { name_fi: string; name_sv: string | null; name_en: string | null }): LocalizedText => ({
  fi: row.name_fi,
  ...(row.name_sv ? { sv: row.name_sv } : {}),
  ...(row.name_en ? { en: row.name_en } : {}),
});

/** One query a kind of thing, whatever the page's length. */
export async function auditNames(db: Executor, rows: AuditRow[]): Promise<AuditNames> {
  const [rounds, organisations, regions, users] = await Promise.all([
    db('rounds').whereIn('id', ids(rows, 'round')).select('id', 'name_fi', 'name_sv', 'name_en'),
    db('organisations')
      .whereIn('id', ids(rows, 'organisation', 'organisationId'))
      .select('id', 'name', 'name_fi as org_name_fi', 'name_sv as org_name_sv', 'name_en as org_name_en'),
    db('regions')
      .whereIn('code', ids(rows, 'region', 'regionCode'))
      .select('code', 'name_fi', 'name_sv', 'name_en'),
    db('users').whereIn('id', ids(rows, 'user')).select('id', 'email'),
  ]);
  const byKind: Record<string, Map<string, LocalizedText>> = {
    round: new Map(rounds.map((r) => [String(r.id), texts(r)])),
    organisation: new Map(
      organisations.map((o) => {
        const names = organisationNames(o);
        // A Swedish-only organisation's Finnish entry is its own name (the log needs one in Finnish).
        return [String(o.id), { ...names, fi: names.fi ?? String(o.name) }];
      }),
    ),
    region: new Map(regions.map((r) => [String(r.code), texts(r)])),
    user: new Map(users.map((u) => [String(u.id), { fi: String(u.email) }])),
  };
  const find = (kind: string, id: unknown) => (typeof id === 'string' ? byKind[kind]?.get(id) : undefined);
  return {
    target: (row) => find(row.target_type, row.target_id) ?? null,
    organisation: (id) => find('organisation', id),
    region: (code) => find('region', code),
  };
}
