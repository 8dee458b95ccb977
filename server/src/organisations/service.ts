/** Managing organisations and the names of regions. */

import { randomUUID } from 'node:crypto';
import { audit } from '../audit/log';
import { inRegionScope } from '../auth/policies';
import type { SessionUser } from '../auth/types';
import { type Db, type Executor, nowIso } from '../db/knex';
import { nameColumns } from '../db/names';
import { AppError, NotFoundError, ValidationError } from '../http/errors';
import type { Names } from '../i18n/names.shared';
import { isLanguage, type Language } from '../instrument/text';
import { forgetInvitations } from '../responses/invitation';
import { rebuildRollups } from '../results/rollups';
import { findOrganisation, findRegion } from './queries';
import type { CreateOrganisationBody, UpdateOrganisationBody, UpdateRegionBody } from './schemas';
import type { OrganisationDetail, RegionView } from './types';

/** A coordinator may place organisations only in their own region, and the region must exist. */
async function checkRegion(db: Executor, user: SessionUser, code: string): Promise<void> {
  if (!inRegionScope(user, code)) {
    throw new AppError(403, 'forbidden', 'a coordinator manages the organisations of their own region');
  }
  if (!(await findRegion(db, code))) {
    throw new ValidationError('unknown region', [
      { path: 'regionCode', code: 'unknown_region', message: `no region ${code}` },
    ]);
  }
}

/**
 * The name columns of an organisation: one per language, and `name` as the
 * name in its own language (Finnish, else Swedish, when it sets none) for sorting.
 */
function organisationNameColumns(name: Names, language: Language | null) {
  const own = (language && name[language]) || name.fi || name.sv || name.en || '';
  return { name: own, name_fi: name.fi ?? null, name_sv: name.sv ?? null, name_en: name.en ?? null };
}

/** A plain string replaces the name in the organisation's own language and keeps the others. */
function resolveNames(name: Names | string, current: Names, language: Language | null): Names {
  return typeof name === 'string' ? { ...current, [language ?? 'fi']: name } : name;
}

export async function getOrganisation(db: Executor, id: string): Promise<OrganisationDetail> {
  const org = await findOrganisation(db, id);
  if (!org) throw new NotFoundError('the organisation');
  const contact = await db('organisations').where('id', id).first('contact_email', 'contact_language');
  const language: Language = isLanguage(contact?.contact_language) ? contact.contact_language : 'fi';
  return { ...org, contactEmail: contact?.contact_email ?? null, contactLanguage: language };
}

export async function createOrganisation(
  db: Db,
  user: SessionUser,
  body: CreateOrganisationBody,
): Promise<OrganisationDetail> {
  await checkRegion(db, user, body.regionCode);
  const id = randomUUID();
  await db.transaction(async (trx) => {
    await trx('organisations').insert({
      id,
      ...organisationNameColumns(resolveNames(body.name, {}, body.language ?? null), body.language ?? null),
      language: body.language ?? null,
      region_code: body.regionCode,
      contact_email: body.contactEmail ?? null,
      contact_language: body.contactLanguage ?? 'fi',
      created_at: nowIso(),
    });
    await audit(trx, user, 'organisation.create', { type: 'organisation', id }, body);
  });
  return getOrganisation(db, id);
}

export async function updateOrganisation(
  db: Db,
  user: SessionUser,
  id: string,
  body: UpdateOrganisationBody,
): Promise<OrganisationDetail> {
  if (body.regionCode) await checkRegion(db, user, body.regionCode);
  const contactChanges = {
    ...(body.contactEmail !== undefined ? { contact_email: body.contactEmail } : {}),
    ...(body.contactLanguage ? { contact_language: body.contactLanguage } : {}),
  };
  if (!body.name && !body.regionCode && body.language === undefined && Object.keys(contactChanges).length === 0)
    return getOrganisation(db, id);
  const updated = await db.transaction(async (trx) => {
    const current = await findOrganisation(trx, id);
    if (!current) return 0;
    const language = body.language === undefined ? current.language : body.language;
    const name = body.name === undefined ? current.name : resolveNames(body.name, current.name, language);
    if (!name[language ?? 'fi'] && language) {
      throw new ValidationError('a name is missing', [
        {
          path: `name.${language}`,
          code: 'name_missing',
          message: `an organisation whose links open in ${language} needs a name in it`,
        },
      ]);
    }
    const n = await trx('organisations')
      .where('id', id)
      .update({
        ...(body.name || body.language !== undefined ? organisationNameColumns(name, language) : {}),
        ...(body.language !== undefined ? { language } : {}),
        ...(body.regionCode ? { region_code: body.regionCode } : {}),
        ...contactChanges,
      });
    if (n > 0) await audit(trx, user, 'organisation.update', { type: 'organisation', id }, body);
    return n;
  });
  if (!updated) throw new NotFoundError('the organisation');
  forgetInvitations();
  if (body.regionCode) {
    // Region totals include this organisation's responses: recount the rounds it took part in.
    const rounds: string[] = await db('rollup_organisations').where('organisation_id', id).pluck('round_id');
    for (const roundId of rounds) await rebuildRollups(db, roundId);
  }
  return getOrganisation(db, id);
}

export async function updateRegionName(
  db: Db,
  user: SessionUser,
  code: string,
  name: UpdateRegionBody['name'],
): Promise<RegionView> {
  const updated = await db.transaction(async (trx) => {
    const n = await trx('regions').where('code', code).update(nameColumns(name));
    if (n > 0) await audit(trx, user, 'region.update', { type: 'region', id: code }, { name });
    return n;
  });
  if (!updated) throw new NotFoundError('the region');
  forgetInvitations();
  return { code, name };
}
