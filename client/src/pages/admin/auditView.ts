/** How audit entries read in the log's table: actions, targets and details in the reader's language. */
import type { AuditEntry } from '@shared/audit/types';
import { type Names, pickName } from '@shared/i18n/names.shared';
import { LANGUAGES, type Language, type LocalizedText, localize } from '@shared/instrument/text';

export const AUDIT_ACTIONS = [
  'session.sign_in',
  'session.sign_in_failed',
  'session.sign_out',
  'user.create',
  'user.update',
  'region.update',
  'organisation.create',
  'organisation.update',
  'round.create',
  'round.update',
  'invitation.regenerate',
  'export.results',
  'export.raw_answers',
  'export.reflections',
  'export.action_plan',
  'instrument.import',
  'instrument.replace_draft',
  'instrument.publish',
  'instrument.retire',
  'instrument.delete_draft',
  'instrument.draft_start',
  'instrument.draft_discard',
  'user.invite',
  'user.create_by_sso',
  'password.set',
  'password.reset',
  'password.reset_requested',
  'mail.retry',
  'round.invitations_mailed',
  'round.reminder_scheduled',
  'round.reminder_cancelled',
] as const;

type Action = (typeof AUDIT_ACTIONS)[number];
type Key<A> = A extends `${infer Resource}.${infer Verb}` ? `${Resource}_${Verb}` : never;
export type AuditActionKey = Key<Action>;

/** The round fields whose changes the log words, old → new. */
export const AUDIT_FIELDS = [
  'name',
  'opensAt',
  'closesAt',
  'minGroupSize',
  'minTextGroupSize',
  'shareGroupAnswers',
  'introduction',
  'videoUrl',
] as const;
type Field = (typeof AUDIT_FIELDS)[number];

export const SIGN_IN_FAILURES = [
  'unknown_email',
  'wrong_password',
  'disabled',
  // single sign-on, and password reset requests
  'unknown_identity',
  'awaiting_role',
  'linked_to_another_identity',
  'not_eligible',
] as const;

/** The kinds of target the log names. */
export const AUDIT_TARGETS = [
  'user',
  'round',
  'organisation',
  'region',
  'instrument',
  'instrument_draft',
  'mail',
] as const;

/** The translation key of a known action (`user.create` → `user_create`); unknown actions are shown as they are. */
export function auditActionKey(action: string): AuditActionKey | undefined {
  const known = AUDIT_ACTIONS.find((a) => a === action);
  return known ? (known.replace('.', '_') as AuditActionKey) : undefined;
}

/** The details as short `key: value` pairs, nested values as compact JSON. */
export function formatDetails(details: AuditEntry['details']): string {
  if (!details) return '';
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

/** The `before` cursor for the next page: the oldest id shown so far. */
export function nextCursor(entries: readonly Pick<AuditEntry, 'id'>[]): number | undefined {
  return entries.length > 0 ? Math.min(...entries.map((e) => e.id)) : undefined;
}

/** What the view needs to word an entry: the staff texts (audit.*, modes.*, languages.*) and a date format. */
export type AuditWords = {
  t: (key: string, options?: Record<string, unknown>) => string;
  language: Language;
  date: (iso: string) => string;
};

export type AuditLine = { action: string; target: string; details: string };

const isField = (field: unknown): field is Field => AUDIT_FIELDS.some((f) => f === field);
const isText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' && value !== null && typeof (value as { fi?: unknown }).fi === 'string';
const known = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  list.find((item) => item === value);

function valueText(value: unknown, field: Field, w: AuditWords): string {
  if (value === null || value === undefined || value === '') return w.t('audit.empty');
  if (typeof value === 'boolean') return w.t(value ? 'audit.yes' : 'audit.no');
  if (isText(value)) return localize(value, w.language);
  if ((field === 'opensAt' || field === 'closesAt') && typeof value === 'string') return w.date(value);
  return String(value);
}

function changeTexts(changes: unknown, w: AuditWords): string[] {
  if (!Array.isArray(changes)) return [];
  return changes.flatMap((change: { field?: unknown; from?: unknown; to?: unknown }) => {
    if (!isField(change.field)) return [];
    const field = w.t(`audit.fields.${change.field}`);
    if (!('from' in change) && !('to' in change)) return [w.t('audit.changed', { field })];
    return [
      w.t('audit.change', {
        field,
        from: valueText(change.from, change.field, w),
        to: valueText(change.to, change.field, w),
      }),
    ];
  });
}

const isNames = (value: unknown): value is Names =>
  typeof value === 'object' &&
  value !== null &&
  Object.entries(value).every(([lang, text]) => known(LANGUAGES, lang) && typeof text === 'string');

/** An organisation added or changed: its name, region, link language and contact for round mail, as given. */
function organisationTexts(d: Record<string, unknown>, region: string | undefined, w: AuditWords): string[] {
  const name = typeof d.name === 'string' ? d.name : isNames(d.name) ? pickName(d.name, w.language).text : undefined;
  const plain = (value: unknown) => {
    const language = known(LANGUAGES, value);
    return language && w.t(`languages.plain.${language}`);
  };
  const linkLanguage = d.language === null ? w.t('organisationNames.browserLanguage') : plain(d.language);
  const contactLanguage = plain(d.contactLanguage);
  return [
    ...(name ? [w.t('auditOrganisation.name', { name })] : []),
    ...(region ? [w.t('auditOrganisation.region', { region })] : []),
    ...(linkLanguage ? [w.t('auditOrganisation.linkLanguage', { language: linkLanguage })] : []),
    ...(typeof d.contactEmail === 'string' && d.contactEmail
      ? [w.t('auditOrganisation.contactEmail', { email: d.contactEmail })]
      : []),
    ...('contactEmail' in d && !d.contactEmail ? [w.t('auditOrganisation.contactRemoved')] : []),
    ...(contactLanguage ? [w.t('auditOrganisation.contactLanguage', { language: contactLanguage })] : []),
  ];
}

/** Details of an entry in words; what the view cannot word is shown as `key: value`, ids replaced by names. */
function detailTexts(entry: AuditEntry, w: AuditWords): string[] {
  const d = entry.details ?? {};
  const organisation = entry.detailNames.organisation && localize(entry.detailNames.organisation, w.language);
  const region = entry.detailNames.region && localize(entry.detailNames.region, w.language);
  const language = known(['fi', 'sv', 'en'] as const, d.language);
  switch (entry.action) {
    case 'session.sign_in_failed':
    case 'password.reset_requested': {
      const reason = known(SIGN_IN_FAILURES, d.reason);
      return [...(reason ? [w.t(`audit.reasons.${reason}`)] : []), ...(d.via === 'sso' ? [w.t('audit.viaSso')] : [])];
    }
    case 'session.sign_in':
      return d.via === 'sso' ? [w.t('audit.viaSso')] : [];
    case 'instrument.publish':
      return typeof d.checksum === 'string' ? [`${w.t('instruments.checksum')} ${d.checksum.slice(0, 12)}`] : [];
    case 'instrument.draft_start':
      return [
        ...(typeof d.instrumentId === 'string' ? [d.instrumentId] : []),
        ...(typeof d.basedOn === 'string' ? [w.t('audit.basedOn', { version: d.basedOn })] : []),
      ];
    case 'round.invitations_mailed':
      return typeof d.sent === 'number' ? [w.t('audit.mailsSent', { count: d.sent })] : [];
    case 'round.reminder_scheduled':
    case 'round.reminder_cancelled':
      return [
        ...(typeof d.sendAt === 'string' ? [w.t('audit.sendAt', { date: w.date(d.sendAt) })] : []),
        ...(d.includeMet === true ? [w.t('audit.includeMet')] : []),
      ];
    case 'round.update':
      return changeTexts(d.changes, w);
    case 'organisation.create':
    case 'organisation.update':
      return organisationTexts(d, region, w);
    case 'round.create':
      return [
        ...(typeof d.organisations === 'number' ? [w.t('audit.organisations', { count: d.organisations })] : []),
        ...(typeof d.instrument === 'string' ? [d.instrument] : []),
        ...(['minGroupSize', 'minTextGroupSize', 'shareGroupAnswers'] as const)
          .filter((field) => d[field] !== undefined && d[field] !== null)
          .map((field) => `${w.t(`audit.fields.${field}`)}: ${valueText(d[field], field, w)}`),
      ];
    case 'invitation.regenerate': {
      const mode = known(['individual', 'group'] as const, d.mode);
      return [...(organisation ? [organisation] : []), ...(mode ? [w.t(`modes.${mode}`)] : [])];
    }
    case 'export.results':
    case 'export.raw_answers':
    case 'export.reflections':
    case 'export.action_plan':
      return [
        typeof d.format === 'string' ? d.format.toUpperCase() : '',
        organisation ?? region ?? (entry.action === 'export.results' ? w.t('audit.wholeCountry') : ''),
        language ? w.t('audit.inLanguage', { language: w.t(`languages.plain.${language}`) }) : '',
      ].filter(Boolean);
    default: {
      const named = { ...d };
      if (organisation) named.organisationId = organisation;
      if (region) named.regionCode = region;
      return entry.details ? [formatDetails(named)] : [];
    }
  }
}

/** One row of the audit table in the reader's language. */
export function describeAudit(entry: AuditEntry, w: AuditWords): AuditLine {
  const key = auditActionKey(entry.action);
  const name = entry.targetName && localize(entry.targetName, w.language);
  const type = known(AUDIT_TARGETS, entry.targetType);
  const typeText = type ? w.t(`audit.targets.${type}`) : entry.targetType;
  return {
    action: key ? w.t(`audit.actions.${key}`) : entry.action,
    target: name ?? [typeText, entry.targetId].filter(Boolean).join(' '),
    details: detailTexts(entry, w).join('; '),
  };
}
