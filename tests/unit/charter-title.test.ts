import { describe, expect, it } from 'vitest';
import { charterTitleFrom, charterTitleOf } from '../../src/lib/charter/title';
import { displayTitle } from '../../src/lib/charter/values';
import { roleKey } from '../../src/lib/charter/definition';
import { charterDefinition } from './helpers/charter-def';

describe('a charter is named the same way everywhere', () => {
  it.each([
    ['two untitled charters with one mentee and two mentors stay apart', '', { mentee: 'Amara', mentor: 'Tomasz' }, 'Amara & Tomasz'],
    ['the other of the two', '', { mentee: 'Amara', mentor: 'Priya' }, 'Amara & Priya'],
    ['the name people gave it comes first', 'Our year', { mentee: 'Amara', mentor: 'Tomasz' }, 'Our year'],
    ['a name of spaces is no name', '   ', { mentee: 'Amara', mentor: '' }, 'Amara'],
    ['only the mentor written', '', { mentee: ' ', mentor: 'Tomasz' }, 'Tomasz'],
    ['nothing written at all', '', { mentee: '', mentor: '' }, 'Untitled charter'],
  ])('%s', (_, title, names, expected) => {
    expect(charterTitleOf(title, names)).toBe(expected);
  });

  it('pages without the charter definition name it as the charter builder and My mentoring do', () => {
    const def = charterDefinition();
    const keys = { mentee: roleKey(def, 'mentee-name'), mentor: roleKey(def, 'mentor-name') };
    const data = { title: '', values: { [keys.mentee!]: 'Amara', [keys.mentor!]: 'Priya' } };
    expect(charterTitleFrom(data, keys)).toBe(displayTitle(def, data));
    expect(charterTitleFrom(data, keys)).toBe('Amara & Priya');
    // A value that is not text (a tampered copy) is no name.
    expect(charterTitleFrom({ title: '', values: { [keys.mentee!]: ['x'] } }, keys)).toBe('Untitled charter');
  });
});
