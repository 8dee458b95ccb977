import type { Language } from '@shared/instrument/schema';
import { useMemo } from 'react';
import { useLanguage } from './useLanguage';

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export type Formatters = {
  /** A date or timestamp as a local date; a bare `YYYY-MM-DD` is taken as that calendar day. */
  date: (iso: string) => string;
  /** A mean with one decimal, in the language's notation (3,4 in Finnish). */
  mean: (value: number | null) => string;
  integer: (value: number | null) => string;
  /** A timestamp's local time of day, e.g. 12.34 in Finnish. */
  time: (date: Date) => string;
  /** A timestamp as a local date and time of day, e.g. 17.1.2027 klo 9.00 in Finnish. */
  dateTime: (iso: string) => string;
};

export function useFormat(): Formatters {
  const language = useLanguage();
  return useMemo(() => {
    const locale = LOCALES[language];
    const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' });
    const utcDateFormat = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const meanFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const integerFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const timeFormat = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    return {
      date: (iso) => {
        const date = new Date(iso);
        if (Number.isNaN(date.getTime())) return iso;
        return (DATE_ONLY.test(iso) ? utcDateFormat : dateFormat).format(date);
      },
      mean: (value) => (value === null ? '–' : meanFormat.format(value)),
      integer: (value) => (value === null ? '–' : integerFormat.format(Math.round(value))),
      time: (date) => timeFormat.format(date),
      dateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
      },
    };
  }, [language]);
}
