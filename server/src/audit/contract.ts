/** The audit log API (shared with the client). */
import { get } from '../http/endpoint.shared';
import type { AuditEntry } from './types';

export const auditEndpoints = {
  /** Newest first: `limit` entries (default 100) older than the entry `before`. */
  audit: get('/audit').query<{ limit?: number; before?: number }>().returns<AuditEntry[]>(),
};
