import { describe, expect, it } from 'vitest';
import { dueStatus } from '../../src/lib/checklists/due';
import { CADENCES } from '../../src/lib/charter/definition';
import { PAIR_CADENCES, charterRepeat, repeatForPair } from '../../src/lib/checklists/pair-rhythm';

const keys = { cadence: 'rhythm.cadence', cadenceWeeks: 'rhythm.cadenceWeeks' };
const fortnightly = { weeks: 2, label: 'every two weeks' };

describe('a checklist’s rhythm for one pair', () => {
  it('reads the rhythm the pair agreed in their charter', () => {
    expect(charterRepeat({ 'rhythm.cadence': 'weekly' }, keys)).toEqual({ weeks: 1, label: 'every week' });
    expect(charterRepeat({ 'rhythm.cadence': 'fortnightly' }, keys)).toEqual(fortnightly);
    expect(charterRepeat({ 'rhythm.cadence': 'monthly' }, keys)).toEqual({ weeks: 4, label: 'every month' });
    expect(charterRepeat({ 'rhythm.cadence': 'every-n-weeks', 'rhythm.cadenceWeeks': '3' }, keys)).toEqual({ weeks: 3, label: 'every three weeks' });
  });

  it('knows every cadence a charter offers', () => {
    expect(PAIR_CADENCES).toEqual(CADENCES);
  });

  it('says nothing when the charter does not say, or says something it cannot use', () => {
    expect(charterRepeat({}, keys)).toBeUndefined();
    expect(charterRepeat({ 'rhythm.cadence': '' }, keys)).toBeUndefined();
    expect(charterRepeat({ 'rhythm.cadence': 'hourly' }, keys)).toBeUndefined();
    expect(charterRepeat({ 'rhythm.cadence': 'every-n-weeks' }, keys)).toBeUndefined();
    expect(charterRepeat({ 'rhythm.cadence': 'every-n-weeks', 'rhythm.cadenceWeeks': '0' }, keys)).toBeUndefined();
    expect(charterRepeat({ 'rhythm.cadence': 'weekly' }, {})).toBeUndefined();
  });

  it('gives session checklists and those following the cadence the pair’s rhythm; others keep their own', () => {
    const monthly = { weeks: 4, label: 'every month' };
    expect(repeatForPair({ when: 'after-session', repeat: fortnightly }, monthly)).toBe(monthly);
    expect(repeatForPair({ when: 'before-session', repeat: fortnightly }, monthly)).toBe(monthly);
    expect(repeatForPair({ when: 'monthly', repeat: { ...fortnightly, cadence: true } }, monthly)).toBe(monthly);
    expect(repeatForPair({ when: 'quarterly', repeat: { weeks: 12, label: 'every 12 weeks' } }, monthly)).toEqual({ weeks: 12, label: 'every 12 weeks' });
    expect(repeatForPair({ when: 'after-session', repeat: fortnightly }, undefined)).toBe(fortnightly);
    expect(repeatForPair({ when: 'once' }, monthly)).toBeUndefined();
  });

  it('does not call a fortnightly list overdue three weeks on for a pair that meets monthly', () => {
    const mine = repeatForPair({ when: 'after-session', repeat: fortnightly }, charterRepeat({ 'rhythm.cadence': 'monthly' }, keys));
    expect(dueStatus({ repeat: mine }, '2026-11-01', '2026-11-22')).toMatchObject({ state: 'not-due', dueOn: '2026-11-29' });
    expect(dueStatus({ repeat: fortnightly }, '2026-11-01', '2026-11-22')).toMatchObject({ state: 'overdue' });
  });
});
