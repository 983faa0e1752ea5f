import { describe, expect, it } from 'vitest';
import { meetingSteps } from '../../src/lib/charter/meeting';
import { charterDefinition } from './helpers/charter-def';

const ids = (steps: ReturnType<typeof meetingSteps>) => steps.map((s) => (s.kind === 'section' ? s.section.id : `(${s.kind})`));

describe('the order of “Write it together now”', () => {
  it('asks the essential sections first, pauses, then the rest, and ends with the agreement', () => {
    const def = charterDefinition();
    def.sections = def.sections.map((s) => ({ ...s, essential: s.id === 'rhythm' || s.id === 'partners' }));
    const steps = ids(meetingSteps(def));
    expect(steps.slice(0, 3)).toEqual(['partners', 'rhythm', '(checkpoint)']);
    expect(steps.at(-1)).toBe('(agree)');
    expect(steps.filter((s) => !s.startsWith('('))).toHaveLength(def.sections.length);
  });
  it('with no section marked essential, asks every section in order, with no pause', () => {
    const def = charterDefinition();
    def.sections = def.sections.map((s) => ({ ...s, essential: false }));
    expect(ids(meetingSteps(def))).toEqual([...def.sections.map((s) => s.id), '(agree)']);
  });
  it('with every section essential, there is nothing for later and no pause', () => {
    const def = charterDefinition();
    def.sections = def.sections.map((s) => ({ ...s, essential: true }));
    expect(ids(meetingSteps(def))).toEqual([...def.sections.map((s) => s.id), '(agree)']);
  });
});
