import { describe, expect, it } from 'vitest';
import { checkGroup, groupFields, groupInput } from './group';

describe('working group details', () => {
  it('accepts a name and a whole number of participants', () => {
    expect(checkGroup({ name: ' Ohjaustiimi ', participants: ' 6 ' })).toEqual({});
    expect(groupFields({ name: ' Ohjaustiimi ', participants: ' 6 ' })).toEqual({
      groupName: 'Ohjaustiimi',
      participants: 6,
    });
  });

  it('says what is wrong with each field', () => {
    expect(checkGroup({ name: '  ', participants: '' })).toEqual({ name: 'required', participants: 'required' });
    expect(checkGroup({ name: 'x'.repeat(201), participants: '2,5' })).toEqual({
      name: 'tooLong',
      participants: 'notWhole',
    });
    expect(checkGroup({ name: 'A', participants: '0' }).participants).toBe('range');
    expect(checkGroup({ name: 'A', participants: '501' }).participants).toBe('range');
    expect(checkGroup({ name: 'A', participants: '-3' }).participants).toBe('notWhole');
  });

  it('sends only the valid parts', () => {
    expect(groupFields({ name: '', participants: '4' })).toEqual({ participants: 4 });
    expect(groupFields({ name: 'A', participants: 'neljä' })).toEqual({ groupName: 'A' });
  });

  it('turns stored details into form input', () => {
    expect(groupInput(null, null)).toEqual({ name: '', participants: '' });
    expect(groupInput('Tiimi', 5)).toEqual({ name: 'Tiimi', participants: '5' });
  });
});
