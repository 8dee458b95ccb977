/** What a signed-in staff member may see and do, as the client shows it (the server decides). */
import type { Role, SessionUser } from '@shared/auth/types';
import { pickName } from '@shared/i18n/names.shared';
import { type Language, localize } from '@shared/instrument/text';
import type { OrganisationSummary } from '@shared/organisations/types';

/** Administrators and coordinators open and change rounds, regenerate links and read reflections. */
export const ROUND_MANAGERS: readonly Role[] = ['admin', 'coordinator'];

export function canManageRounds(user: Pick<SessionUser, 'role'>): boolean {
  return ROUND_MANAGERS.includes(user.role);
}

/** The organisations of a list that are in the user's scope: all, the coordinator's region, the manager's own. */
export function inScope<T extends Pick<OrganisationSummary, 'id' | 'regionCode'>>(
  user: Pick<SessionUser, 'role' | 'regionCode' | 'organisationIds'>,
  organisations: readonly T[],
): T[] {
  if (user.role === 'admin') return [...organisations];
  if (user.role === 'coordinator') return organisations.filter((o) => o.regionCode === user.regionCode);
  return organisations.filter((o) => user.organisationIds.includes(o.id));
}

export type RegionGroup<T> = { code: string; name: string; organisations: T[] };

/** Organisations grouped by region, regions by code and organisations by name in the reader's language. */
export function groupByRegion<T extends Pick<OrganisationSummary, 'name' | 'language' | 'regionCode' | 'regionName'>>(
  organisations: readonly T[],
  language: Language,
): RegionGroup<T>[] {
  const collator = new Intl.Collator(language);
  const groups = new Map<string, RegionGroup<T>>();
  for (const organisation of organisations) {
    const group = groups.get(organisation.regionCode) ?? {
      code: organisation.regionCode,
      name: localize(organisation.regionName, language),
      organisations: [],
    };
    group.organisations.push(organisation);
    groups.set(organisation.regionCode, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const group of sorted)
    group.organisations.sort((a, b) =>
      collator.compare(pickName(a.name, language, a.language).text, pickName(b.name, language, b.language).text),
    );
  return sorted;
}
