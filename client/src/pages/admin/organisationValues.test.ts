import type { OrganisationDetail } from '@shared/organisations/types';
import { describe, expect, it } from 'vitest';
import { NEW_ORGANISATION, toInput, toListItem } from './organisationValues';

describe("an organisation's contact for round mail in the form", () => {
  it('sends no address as null and no chosen language as the organisation’s own, else Finnish', () => {
    const base = { ...NEW_ORGANISATION, name: { fi: 'Ohjaamo' }, regionCode: '11' };
    expect(toInput(base)).toEqual({
      name: { fi: 'Ohjaamo' },
      regionCode: '11',
      language: null,
      contactEmail: null,
      contactLanguage: 'fi',
    });
    expect(toInput({ ...base, language: 'sv', contactEmail: 'ohjaamo@kunta.fi' })).toMatchObject({
      contactEmail: 'ohjaamo@kunta.fi',
      contactLanguage: 'sv',
    });
    expect(toInput({ ...base, language: 'sv', contactLanguage: 'en' }).contactLanguage).toBe('en');
  });

  it('keeps only whether an address exists in the list', () => {
    const detail: OrganisationDetail = {
      id: 'o1',
      name: { fi: 'Ohjaamo' },
      language: null,
      regionCode: '11',
      regionName: { fi: 'Pohjois-Savo' },
      contactEmail: 'ohjaamo@kunta.fi',
      contactLanguage: 'fi',
    };
    const item = toListItem(detail);
    expect(item).toEqual({
      id: 'o1',
      name: { fi: 'Ohjaamo' },
      language: null,
      regionCode: '11',
      regionName: { fi: 'Pohjois-Savo' },
      hasContact: true,
    });
    expect(JSON.stringify(item)).not.toContain('ohjaamo@kunta.fi');
    expect(toListItem({ ...detail, contactEmail: null }).hasContact).toBe(false);
  });
});
