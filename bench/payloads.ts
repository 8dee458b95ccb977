/** Submit bodies like a respondent's: shared by bench:submit and test:faults. */
import { randomInt } from 'node:crypto';
import type { InvitationInfo } from '../server/src/responses/types';

/** Where each body's response id goes (replaced per request). */
export const ID_SLOT = '00000000-0000-4000-8000-00000000beef';

/** Complete answers to every rating indicator: a few "not applicable", about one in five with evidence. */
export function payloads(info: InvitationInfo, count: number): string[] {
  const ids = info.instrument.areas.flatMap((a) =>
    a.standards.flatMap((s) => s.indicators.filter((i) => i.kind === 'rating').map((i) => i.id)),
  );
  const texts = [
    'Käymme ohjauskeskustelun rungon läpi tiimipalaverissa kerran lukukaudessa.',
    'Asiakaspalautteessa tämä nousee esiin myönteisesti; kehitettävää on silti ajanvarauksessa.',
    'Meillä on kirjattu toimintatapa, mutta se ei ole kaikkien tiedossa. Päivitämme ohjeen syksyllä.',
  ];
  return Array.from({ length: count }, () => {
    const answers = Object.fromEntries(
      ids.map((id) => {
        if (randomInt(100) < 5) return [id, { na: true }];
        const answer: { value: number; text?: string } = { value: 1 + randomInt(5) };
        if (randomInt(100) < 20) answer.text = texts[randomInt(texts.length)];
        return [id, answer];
      }),
    );
    return JSON.stringify({ id: ID_SLOT, language: 'fi', answers });
  });
}
