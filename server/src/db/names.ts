/**
 * Regions and rounds keep a localized name in three columns (name_fi, name_sv,
 * name_en): the one place that turns them into a LocalizedText and back.
 */
import type { LocalizedText } from '../instrument/text';

export type NameColumns = { name_fi: string; name_sv: string | null; name_en: string | null };

/** The name as the API shows it: Finnish always, Swedish and English when given. */
export function presentName(row: NameColumns): LocalizedText {
  return {
    fi: row.name_fi,
    ...(row.name_sv ? { sv: row.name_sv } : {}),
    ...(row.name_en ? { en: row.name_en } : {}),
  };
}

/** The columns to write for a name. */
export function nameColumns(name: LocalizedText): NameColumns {
  return { name_fi: name.fi, name_sv: name.sv ?? null, name_en: name.en ?? null };
}
