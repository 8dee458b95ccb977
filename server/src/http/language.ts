/**
 * The language the server words something in for a person who did not ask for
 * one (`?lang`): their browser's Accept-Language, else Finnish. A response
 * worded so varies by that header, so that no cache hands it to another reader.
 */
import type { Request, Response } from 'express';
import { languageOfHeader } from '../i18n/names.shared';
import type { Language } from '../instrument/text';

export function requestLanguage(req: Request, res?: Response): Language {
  res?.vary('Accept-Language');
  return languageOfHeader(req.get('accept-language')) ?? 'fi';
}
