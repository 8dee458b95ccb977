import type { InstrumentStatus } from '@shared/instruments/types';
import { useTranslation } from 'react-i18next';

export function InstrumentBadge({ status }: { status: InstrumentStatus }) {
  const { t } = useTranslation('staff');
  return <span className={`badge badge--${status}`}>{t(`instruments.status.${status}`)}</span>;
}

/** The first 12 hex digits: enough to tell versions apart at a glance; the full one is on the version page. */
export const shortChecksum = (checksum: string) => checksum.slice(0, 12);
