/** The audit API's input schema (server-only). */
import { z } from 'zod';

/** Newest first, `limit` entries older than the entry `before`. */
export const AuditQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    // Entry ids are 32-bit integers (PostgreSQL refuses a larger one in a comparison).
    before: z.coerce
      .number()
      .int()
      .positive()
      .max(2 ** 31 - 1)
      .optional(),
  })
  .strict();
