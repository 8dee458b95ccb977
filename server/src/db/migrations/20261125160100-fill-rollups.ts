import type { Knex } from 'knex';
import { rebuildRollups } from '../../results/rollups';

/** Data migration: rollups for the responses submitted before rollups existed. */
export async function up(db: Knex): Promise<void> {
  await rebuildRollups(db);
}

export async function down(db: Knex): Promise<void> {
  await db('rollup_distribution').delete();
  await db('rollup_figures').delete();
  await db('rollup_organisations').delete();
}
