/** The audit log as the API shows it (shared with the client). */
export type AuditEntry = {
  id: number;
  at: string;
  userId: string | null;
  userEmail: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  details: Record<string, unknown> | null;
};
