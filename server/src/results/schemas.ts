/** The results API's input schemas (server-only; the client's types are in ./contract). */
import { z } from 'zod';
import { LANGUAGES } from '../instrument/text';

/** An export's texts (areas, standards, indicators) in a language; unless asked, the request's (`Context.language`). */
export const ExportQuery = z.object({ lang: z.enum(LANGUAGES).optional() }).strict();

/** A results export: the language, and for CSV the dialect (README, *Exports*). */
export const ResultsExportQuery = z
  .object({ lang: z.enum(LANGUAGES).optional(), dialect: z.enum(['excel', 'plain']).optional() })
  .strict();
