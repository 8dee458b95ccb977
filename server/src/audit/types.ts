/** The audit log as the API shows it (shared with the client). */
import type { LocalizedText } from '../instrument/text';

export type AuditEntry = {
  id: number;
  at: string;
  userId: string | null;
  userEmail: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  /** The target's name (a round, organisation, region or user) in the languages it has; null when unknown. */
  targetName: LocalizedText | null;
  details: Record<string, unknown> | null;
  /** Names of what the details refer to by id: `organisationId`, `regionCode`. */
  detailNames: { organisation?: LocalizedText; region?: LocalizedText };
};
