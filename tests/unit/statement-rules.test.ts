import { describe, expect, it } from 'vitest';
import { asksTwoThings } from '../helpers/statement-rules';

describe('one thing per statement', () => {
  it.each([
    ['I listen, I ask questions before I give advice.', 'joins a second clause with a comma'],
    ['I give honest feedback, my mentee takes it well.', 'joins a second clause with a comma'],
    ['I admit a mistake, then I say what I learnt.', 'joins a second clause with a comma'],
    ['When my mentee asks, I help, I also follow up.', 'joins a second clause with a comma'],
    ['I tell my mentor about my mistakes and my doubts.', 'joins two things with “and” or “or”'],
    ['I call or write between sessions.', 'joins two things with “and” or “or”'],
  ])('“%s”: %s', (text, why) => {
    expect(asksTwoThings(text)).toBe(why);
  });

  it.each([
    'When my mentee needs a contact I have, I offer an introduction.',
    'If my plans change, I tell my mentor.',
    'I give honest feedback, even when it is hard to say.',
    'I tell my mentee how things really work, such as who decides.',
    'I keep to what I said I would do.',
  ])('“%s” asks one thing', (text) => {
    expect(asksTwoThings(text)).toBeNull();
  });
});
