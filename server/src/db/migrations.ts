/**
 * Migrations are listed here rather than found on disk, so they run the same
 * under tsx, vitest and a bundler. Files are never edited once landed; add a
 * new one at the end.
 */
import type { Knex } from 'knex';
import * as regionsOrganisations from './migrations/20261125120000-create-regions-organisations';
import * as instrumentVersions from './migrations/20261125120100-create-instrument-versions';
import * as rounds from './migrations/20261125120200-create-rounds';
import * as responsesAnswers from './migrations/20261125120300-create-responses-answers';
import * as usersSessionsAudit from './migrations/20261125130000-create-users-sessions-audit';
import * as roundsInvitationsDrafts from './migrations/20261125140000-rounds-invitations-drafts';
import * as instrumentLifecycle from './migrations/20261125150000-instrument-lifecycle';
import * as createRollups from './migrations/20261125160000-create-rollups';
import * as fillRollups from './migrations/20261125160100-fill-rollups';
import * as actionItems from './migrations/20261125170000-create-action-items';
import * as answersIndex from './migrations/20261125180000-answers-organisation-index';
import * as disclosureSettings from './migrations/20261201100000-disclosure-settings';
import * as fillRollupPeople from './migrations/20261201100100-fill-rollup-people';
import * as resultsVersion from './migrations/20261201100200-results-version';
import * as rollupPending from './migrations/20261202100000-rollup-pending';
import * as healthProbe from './migrations/20261202100100-health-probe';
import * as organisationNamesLanguages from './migrations/20261202150000-organisation-names-languages';
import * as instrumentDrafts from './migrations/20261202170000-create-instrument-drafts';
import * as mailAndSignIn from './migrations/20261202180000-mail-and-sign-in';
import * as invitationMailSent from './migrations/20261203400000-invitation-mail-sent';

type Migration = { up: (db: Knex) => Promise<void>; down: (db: Knex) => Promise<void> };

const migrations: Record<string, Migration> = {
  '20261125120000-create-regions-organisations': regionsOrganisations,
  '20261125120100-create-instrument-versions': instrumentVersions,
  '20261125120200-create-rounds': rounds,
  '20261125120300-create-responses-answers': responsesAnswers,
  '20261125130000-create-users-sessions-audit': usersSessionsAudit,
  '20261125140000-rounds-invitations-drafts': roundsInvitationsDrafts,
  '20261125150000-instrument-lifecycle': instrumentLifecycle,
  '20261125160000-create-rollups': createRollups,
  '20261125160100-fill-rollups': fillRollups,
  '20261125170000-create-action-items': actionItems,
  '20261125180000-answers-organisation-index': answersIndex,
  '20261201100000-disclosure-settings': disclosureSettings,
  '20261201100100-fill-rollup-people': fillRollupPeople,
  '20261201100200-results-version': resultsVersion,
  '20261202150000-organisation-names-languages': organisationNamesLanguages,
  '20261202100000-rollup-pending': rollupPending,
  '20261202100100-health-probe': healthProbe,
  '20261202170000-create-instrument-drafts': instrumentDrafts,
  '20261202180000-mail-and-sign-in': mailAndSignIn,
  '20261203400000-invitation-mail-sent': invitationMailSent,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => {
    const migration = migrations[name];
    if (!migration) throw new Error(`unknown migration ${name}`);
    return migration;
  },
};
