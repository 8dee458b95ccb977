import type { AuditEntry } from '@shared/audit/types';
import { describe, expect, it } from 'vitest';
import staffEn from '../../i18n/staff.en.json';
import staffFi from '../../i18n/staff.fi.json';
import staffSv from '../../i18n/staff.sv.json';
import {
  AUDIT_ACTIONS,
  AUDIT_FIELDS,
  AUDIT_TARGETS,
  type AuditWords,
  auditActionKey,
  describeAudit,
  formatDetails,
  nextCursor,
  SIGN_IN_FAILURES,
} from './auditView';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string): string | undefined => {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  return typeof value === 'string' ? value : undefined;
};

/** The staff texts of a language with i18next's interpolation and plural suffixes, enough for the view. */
function wordsIn(tree: Tree, language: AuditWords['language']): AuditWords {
  return {
    language,
    date: (iso) => `date(${iso.slice(0, 10)})`,
    t: (key, options = {}) => {
      const count = options.count;
      const text =
        (typeof count === 'number' ? lookup(tree, `${key}_${count === 1 ? 'one' : 'other'}`) : undefined) ??
        lookup(tree, key);
      if (text === undefined) throw new Error(`missing text ${key}`);
      return text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(options[name]));
    },
  };
}

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-12-01T10:00:00.000Z',
  userId: 'u1',
  userEmail: 'admin@test.example',
  action: 'round.update',
  targetType: 'round',
  targetId: 'r1',
  targetName: { fi: 'Kevät 2027', sv: 'Våren 2027', en: 'Spring 2027' },
  details: null,
  detailNames: {},
  ...overrides,
});

describe('audit view', () => {
  it('keys known actions and leaves unknown ones alone', () => {
    expect(auditActionKey('instrument.replace_draft')).toBe('instrument_replace_draft');
    expect(auditActionKey('session.create')).toBeUndefined();
  });

  it('has a text for every action, field, failure reason and target kind in every language', () => {
    for (const tree of [staffFi, staffSv, staffEn] as Tree[]) {
      const keys = [
        ...AUDIT_ACTIONS.map((a) => `audit.actions.${auditActionKey(a)}`),
        ...AUDIT_FIELDS.map((f) => `audit.fields.${f}`),
        ...SIGN_IN_FAILURES.map((r) => `audit.reasons.${r}`),
        ...AUDIT_TARGETS.map((t) => `audit.targets.${t}`),
      ];
      for (const key of keys) expect(lookup(tree, key), key).toEqual(expect.any(String));
    }
  });

  it('words a round change old → new with names, dates and yes/no in the reader’s language', () => {
    const change = entry({
      details: {
        changes: [
          { field: 'name', from: { fi: 'Syksy', sv: 'Hösten' }, to: { fi: 'Kevät 2027', sv: 'Våren 2027' } },
          { field: 'minGroupSize', from: 5, to: 7 },
          { field: 'minTextGroupSize', from: null, to: 8 },
          { field: 'closesAt', from: '2027-05-31T21:00:00.000Z', to: '2027-06-15T21:00:00.000Z' },
          { field: 'shareGroupAnswers', from: false, to: true },
          { field: 'introduction' },
        ],
      },
    });
    expect(describeAudit(change, wordsIn(staffSv as Tree, 'sv'))).toEqual({
      action: 'Omgång ändrad',
      target: 'Våren 2027',
      details: [
        'Namn: Hösten → Våren 2027',
        'Minsta gruppstorlek: 5 → 7',
        'Minsta gruppstorlek för texter: inte angiven → 8',
        'Slutar: date(2027-05-31) → date(2027-06-15)',
        'Gruppsvar delas: nej → ja',
        'Inledning ändrades',
      ].join('; '),
    });
  });

  it('words exports with the organisation or region by name, the format and the language', () => {
    const en = wordsIn(staffEn as Tree, 'en');
    const organisation = entry({
      action: 'export.results',
      details: { format: 'xlsx', organisationId: 'o1', language: 'sv' },
      detailNames: { organisation: { fi: 'Ohjaamo Kuopio' } },
    });
    expect(describeAudit(organisation, en)).toEqual({
      action: 'Results downloaded',
      target: 'Spring 2027',
      details: 'XLSX; Ohjaamo Kuopio; language: Swedish',
    });
    const region = entry({
      action: 'export.results',
      details: { format: 'csv', regionCode: '11' },
      detailNames: { region: { fi: 'Pohjois-Savo', en: 'North Savo' } },
    });
    expect(describeAudit(region, en).details).toBe('CSV; North Savo');
    expect(describeAudit(entry({ action: 'export.results', details: { format: 'csv' } }), en).details).toBe(
      'CSV; whole country',
    );
    expect(describeAudit(entry({ action: 'export.raw_answers', details: { format: 'csv' } }), en).details).toBe('CSV');
  });

  it('words a failed sign-in by its reason and names a target without a name by its kind and id', () => {
    const fi = wordsIn(staffFi as Tree, 'fi');
    const failed = entry({
      action: 'session.sign_in_failed',
      userId: null,
      targetType: 'user',
      targetId: null,
      targetName: null,
      details: { reason: 'wrong_password' },
    });
    expect(describeAudit(failed, fi)).toEqual({
      action: 'Epäonnistunut kirjautuminen',
      target: 'käyttäjä',
      details: 'väärä salasana',
    });
    const instrument = entry({
      action: 'instrument.publish',
      targetType: 'instrument',
      targetId: 'elo-quality@1.0.0',
      targetName: null,
    });
    expect(describeAudit(instrument, fi).target).toBe('instrumentti elo-quality@1.0.0');
  });

  it('writes other details as key: value pairs, with names for ids', () => {
    expect(formatDetails({ email: 'a@b.fi', changed: ['role', 'name'] })).toBe(
      'email: a@b.fi; changed: ["role","name"]',
    );
    expect(formatDetails(null)).toBe('');
    const mailed = entry({ action: 'user.invite', targetType: 'user', details: { email: 'a@b.fi' } });
    expect(describeAudit(mailed, wordsIn(staffSv as Tree, 'sv')).details).toBe('email: a@b.fi');
  });

  it('words an organisation added or changed: name, region, link language and contact, in the reader’s language', () => {
    const created = entry({
      action: 'organisation.create',
      targetType: 'organisation',
      targetName: { fi: 'Ohjaamo' },
      details: { name: 'Ohjaamo', regionCode: '11', language: null, contactEmail: 'ohjaamo@kunta.fi' },
      detailNames: { region: { fi: 'Pohjois-Savo', sv: 'Norra Savolax' } },
    });
    expect(describeAudit(created, wordsIn(staffSv as Tree, 'sv')).details).toBe(
      'Namn: Ohjaamo; Region: Norra Savolax; Inbjudningslänkarnas språk: Den svarandes webbläsarspråk; Kontaktadress: ohjaamo@kunta.fi',
    );
    const changed = entry({
      action: 'organisation.update',
      targetType: 'organisation',
      details: { name: { fi: 'Rannikon opisto', sv: 'Kustens skola' }, contactEmail: null, contactLanguage: 'sv' },
    });
    expect(describeAudit(changed, wordsIn(staffFi as Tree, 'fi')).details).toBe(
      'Nimi: Rannikon opisto; Yhteysosoite poistettu; Viestien kieli: ruotsi',
    );
    expect(describeAudit(changed, wordsIn(staffEn as Tree, 'en')).details).toBe(
      'Name: Rannikon opisto; Contact address removed; Language of messages: Swedish',
    );
  });

  it('pages from the oldest entry shown', () => {
    expect(nextCursor([{ id: 40 }, { id: 12 }, { id: 31 }])).toBe(12);
    expect(nextCursor([])).toBeUndefined();
  });
});
