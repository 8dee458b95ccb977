/** The audit API's input schema (server-only). */
import { z } from 'zod';

/** Newest first, `limit` entries older than the entry `before`. */
export const AuditQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    before: z.coerce.number().int().positive().optional(),
  })
  .strict();
