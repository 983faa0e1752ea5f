import { describe, expect, it } from 'vitest';
import { cadenceRepeat, repeatLabel, repeatOf, scheduled, type Repeat } from '../../src/lib/checklists/checklist';
import { checklistProblems } from '../../src/lib/checklists/schema';
import { checklistSchema, type Checklist } from '../../src/lib/checklists/schema';
import { addDays, daysBetween, dueStatus, localDate } from '../../src/lib/checklists/due';
import { entryProgress } from '../../src/lib/checklists/entries';
import { earlierItems } from '../../src/lib/checklists/earlier';
import * as v from 'valibot';
import { MAX_NOTE_CHARS, reflectionDataSchema, reflectionDocType } from '../../src/lib/docs/reflection-doc';
import { describeForPeople } from '../../src/lib/storage/envelope';
import { say } from '../../src/lib/storage/said';
import { enT, tIn } from '../helpers/strings';

/** A repeat with its words in English, as people read them. */
const said = (r: Repeat | undefined) => r && { ...r, label: repeatLabel(enT, r) };

describe('localDate', () => {
  const instant = new Date('2026-01-31T23:30:00Z');
  it('is the calendar date where the person is', () => {
    expect(localDate(instant, 'UTC')).toBe('2026-01-31');
    expect(localDate(instant, 'Asia/Tokyo')).toBe('2026-02-01');
    expect(localDate(instant, 'America/Los_Angeles')).toBe('2026-01-31');
    expect(localDate(new Date('2026-03-01T03:00:00Z'), 'America/New_York')).toBe('2026-02-28');
  });
});

describe('date arithmetic', () => {
  it('crosses month ends, year ends and leap days', () => {
    expect(addDays('2026-01-31', 14)).toBe('2026-02-14');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(daysBetween('2026-10-20', '2026-11-03')).toBe(14);
  });
  it('is not shifted by daylight-saving changes', () => {
    expect(addDays('2026-03-22', 14)).toBe('2026-04-05');
    expect(addDays('2026-10-18', 14)).toBe('2026-11-01');
  });
});

describe('dueStatus', () => {
  const every2 = { repeat: { weeks: 2 } };
  it('never done', () => {
    expect(dueStatus(every2, undefined, '2026-11-21')).toEqual({ state: 'never', recurring: true });
    expect(dueStatus({}, undefined, '2026-11-21')).toEqual({ state: 'never', recurring: false });
  });
  it('not due yet, due on the day, overdue after a week’s grace', () => {
    expect(dueStatus(every2, '2026-11-10', '2026-11-21')).toEqual({ state: 'not-due', last: '2026-11-10', dueOn: '2026-11-24', inDays: 3 });
    expect(dueStatus(every2, '2026-11-07', '2026-11-21')).toEqual({ state: 'due', last: '2026-11-07', dueOn: '2026-11-21' });
    expect(dueStatus(every2, '2026-11-01', '2026-11-21')).toEqual({ state: 'due', last: '2026-11-01', dueOn: '2026-11-15' });
    expect(dueStatus(every2, '2026-10-31', '2026-11-21')).toEqual({ state: 'overdue', last: '2026-10-31', dueOn: '2026-11-14', daysOver: 7 });
  });
  it('across a month end: done 31 January, every 4 weeks, due 28 February', () => {
    expect(dueStatus({ repeat: { weeks: 4 } }, '2026-01-31', '2026-02-27')).toMatchObject({ state: 'not-due', dueOn: '2026-02-28', inDays: 1 });
    expect(dueStatus({ repeat: { weeks: 4 } }, '2026-01-31', '2026-02-28')).toMatchObject({ state: 'due' });
  });
  it('a one-off checklist, once done, is done', () => {
    expect(dueStatus({}, '2026-11-01', '2027-11-01')).toEqual({ state: 'one-off-done', last: '2026-11-01' });
  });
});

describe('how often a checklist repeats', () => {
  it('follows the programme’s meeting cadence with repeatEveryWeeks: cadence, in its words', () => {
    expect(said(cadenceRepeat('weekly'))).toEqual({ weeks: 1, label: 'every week' });
    expect(said(cadenceRepeat('fortnightly'))).toEqual({ weeks: 2, label: 'every two weeks' });
    expect(said(cadenceRepeat('monthly'))).toEqual({ weeks: 4, label: 'every month' });
    expect(said(cadenceRepeat('every-n-weeks', 3))).toEqual({ weeks: 3, label: 'every three weeks' });
    expect(said(repeatOf('cadence', { cadence: 'monthly' }))).toEqual({ weeks: 4, label: 'every month', cadence: true });
  });
  it('or a number of weeks, or not at all', () => {
    expect(said(repeatOf(6, { cadence: 'monthly' }))).toEqual({ weeks: 6, label: 'every six weeks' });
    expect(said(repeatOf(1, { cadence: 'monthly' }))).toEqual({ weeks: 1, label: 'every week' });
    expect(said(repeatOf(16, { cadence: 'monthly' }))).toEqual({ weeks: 16, label: 'every 16 weeks' });
    expect(said(repeatOf(undefined, { cadence: 'monthly' }))).toBeUndefined();
  });
  it('is resolved once for the pages and the tool', () => {
    const c: Checklist = { id: 'a', title: 'A', description: 'd', audience: ['mentor'], when: 'after-session', repeatEveryWeeks: 'cadence', intro: 'i', concernsContact: false, sections: [{ title: 's', items: [{ id: 'x', kind: 'tick', text: 't' }] }] };
    const s = scheduled(c, { cadence: 'weekly' });
    expect(said(s.repeat)).toEqual({ weeks: 1, label: 'every week', cadence: true });
    expect('repeatEveryWeeks' in s).toBe(false);
    expect(dueStatus(s, '2026-11-14', '2026-11-21')).toMatchObject({ state: 'due' });
    expect(scheduled({ ...c, when: 'once', repeatEveryWeeks: undefined }, { cadence: 'weekly' }).repeat).toBeUndefined();
  });
  it('a repeat that is neither a number of weeks nor cadence is explained', () => {
    const base = { id: 'a', title: 'A', description: 'd', audience: ['mentor'], when: 'monthly', intro: 'i', sections: [{ title: 's', items: [{ id: 'x', kind: 'tick', text: 't' }] }] };
    const messages = (v: unknown) => checklistSchema.safeParse({ ...base, repeatEveryWeeks: v }).error?.issues.map((i) => i.message);
    expect(messages('weekly')).toEqual(['repeatEveryWeeks is a number of weeks from 1 to 104, or cadence to follow the programme’s meeting cadence (leave it out for no repeat)']);
    expect(messages(0)).toEqual(['repeatEveryWeeks must be at least 1 (leave it out for no repeat)']);
    expect(messages('cadence')).toBeUndefined();
  });
  it('a one-off checklist (when: once) cannot repeat', () => {
    expect(checklistProblems({ when: 'once', repeatEveryWeeks: 4, sections: [] })).toEqual([
      { path: ['repeatEveryWeeks'], message: 'a checklist with when: once does not repeat: remove repeatEveryWeeks, or choose another when' },
    ]);
    expect(checklistProblems({ when: 'once', sections: [] })).toEqual([]);
  });
});

describe('entryProgress', () => {
  const checklist = {
    sections: [
      { title: 'A', items: [{ id: 't1', kind: 'tick' as const, text: 'x' }, { id: 't2', kind: 'tick' as const, text: 'y' }] },
      { title: 'B', items: [{ id: 'p1', kind: 'prompt' as const, text: 'z' }, { id: 'p2', kind: 'prompt' as const, text: 'w' }] },
    ],
  };
  it('counts ticks and written answers', () => {
    expect(entryProgress(checklist, { ticks: { t1: true, t2: false }, notes: { p1: 'done', p2: '   ' } })).toEqual({ ticked: 1, ticks: 2, answered: 1, prompts: 2, percent: 50 });
    expect(entryProgress(checklist, { ticks: {}, notes: {} }).percent).toBe(0);
    expect(entryProgress(checklist, { ticks: { t1: true, t2: true }, notes: { p1: 'a', p2: 'b' } }).percent).toBe(100);
  });
});

describe('checklistProblems', () => {
  it('finds duplicate item ids across sections', () => {
    expect(
      checklistProblems({
        sections: [
          { title: 'A', items: [{ id: 'same', kind: 'tick', text: 'x' }] },
          { title: 'B', items: [{ id: 'same', kind: 'prompt', text: 'y' }] },
        ],
      }),
    ).toEqual([{ path: ['sections', 1, 'items', 0, 'id'], message: 'item id “same” is used twice in this checklist' }]);
  });
});

describe('answers under items a checklist no longer has', () => {
  const checklist = { sections: [{ items: [{ id: 'learned', kind: 'tick' as const, text: 'I learned something.' }, { id: 'next', kind: 'prompt' as const, text: 'What next?' }] }] };
  it('are kept, with the item’s last wording when it was recorded', () => {
    const data = { ticks: { learned: true, 'learned-from-partner': true, gone: false }, notes: { next: 'x', 'old-note': '  Handovers need a script.  ', empty: ' ' } };
    expect(earlierItems(enT, checklist, data, { 'learned-from-partner': 'I can name one thing my partner taught me.' })).toEqual([
      { id: 'learned-from-partner', label: 'I can name one thing my partner taught me.', ticked: true, note: '' },
      { id: 'old-note', label: 'An item no longer in this checklist (“old-note”)', ticked: false, note: 'Handovers need a script.' },
    ]);
  });
  it('are none for an entry that only answers current items, or left unticked and empty ones', () => {
    expect(earlierItems(enT, checklist, { ticks: { learned: true, gone: false }, notes: { empty: '' } })).toEqual([]);
  });
  it('include answers under an item that changed kind, labelled with its wording', () => {
    const data = { ticks: { next: true, learned: true }, notes: { learned: 'A note from when it was a question.', next: 'x' } };
    expect(earlierItems(enT, checklist, data)).toEqual([
      { id: 'next', label: 'What next?', ticked: true, note: '' },
      { id: 'learned', label: 'I learned something.', ticked: false, note: 'A note from when it was a question.' },
    ]);
  });
  it('never take a label from the object prototype', () => {
    expect(earlierItems(enT, checklist, { ticks: { constructor: true }, notes: {} })[0]!.label).toBe('An item no longer in this checklist (“constructor”)');
  });
});

describe('a reflection entry as stored', () => {
  const data = { checklistId: 'after-session', checklistTitle: 'After a session', date: '2026-11-19', ticks: {}, notes: {} };
  const doc = { type: 'reflection', v: 1, id: 'e1', createdAt: '2026-11-19T10:00:00.000Z', updatedAt: '2026-11-19T10:00:00.000Z', data };
  it('is named by its checklist and its day, in the page’s language', () => {
    expect(reflectionDocType.describe(doc, enT)).toBe('After a session, 19 November 2026');
    expect(reflectionDocType.describe(doc, tIn('fr'))).toBe('After a session, 19 novembre 2026');
    expect(reflectionDocType.describe({ ...doc, data: { ...data, checklistTitle: '' } }, enT)).toBe('after-session, 19 November 2026');
  });
  it('refuses a note over the limit in a sentence that names the limit the code sets', () => {
    const parsed = v.safeParse(reflectionDataSchema, { ...data, notes: { long: 'x'.repeat(MAX_NOTE_CHARS + 1) } });
    expect(parsed.success).toBe(false);
    expect(say(enT, describeForPeople(parsed.issues ?? []))).toBe(`A note can hold at most ${MAX_NOTE_CHARS.toLocaleString('en-GB')} characters.`);
  });
});
