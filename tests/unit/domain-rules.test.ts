import { describe, expect, it } from 'vitest';
import { phoneText, telNumber } from '../../src/lib/phone';
import { TITLE_KEY, applyMerge, defaultPick, differences, mergeGoals } from '../../src/lib/charter/merge';
import { rebaseGoals } from '../../src/lib/charter/rebase';
import { addRevision, copyTitle, originalNote, restoreRevision } from '../../src/lib/charter/revisions';
import { journal, newEntry, todaysEntry } from '../../src/lib/checklists/entries';
import { MAX_NOTE_CHARS, MAX_REVISIONS, MAX_TITLE_CHARS, charterDataSchema, type CharterData } from '../../src/lib/docs/charter-doc';
import { assessmentDate, byInstrument } from '../../src/lib/reciprocity/assessments';
import * as v from 'valibot';
import { charterDefinition } from './helpers/charter-def';
import { enT, tIn } from '../helpers/strings';

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
const data = (values: CharterData['values'] = {}, title = 'Ours'): CharterData => ({ title, values, revisions: [] });
const valid = (d: CharterData) => v.safeParse(charterDataSchema, d).success;

describe('revisions', () => {
  it('snapshot the data they are given (the stored copy), with a note cut to the limit', () => {
    const d = addRevision(data({ 'purpose.purpose': 'Stored text' }), { id: 'r1', note: 'n'.repeat(MAX_NOTE_CHARS + 50), savedAt: at(1) });
    expect(d.revisions[0]!.values).toEqual({ 'purpose.purpose': 'Stored text' });
    expect(d.revisions[0]!.note).toHaveLength(MAX_NOTE_CHARS);
    expect(valid(d)).toBe(true);
  });
  it(`keep the newest ${MAX_REVISIONS}: the 501st revision drops the oldest, and the result is still valid`, () => {
    let d = data();
    for (let i = 0; i < MAX_REVISIONS + 3; i++) d = addRevision(d, { id: `r${i}`, note: `n${i}`, savedAt: at(i) });
    expect(d.revisions).toHaveLength(MAX_REVISIONS);
    expect(d.revisions[0]!.id).toBe('r3');
    expect(d.revisions.at(-1)!.id).toBe(`r${MAX_REVISIONS + 2}`);
    expect(valid(d)).toBe(true);
  });
  it('restoring again and again never grows the note past the limit', () => {
    let d = addRevision(data({ 'purpose.purpose': 'First' }), { id: 'r0', note: 'Agreed at kick-off', savedAt: at(0) });
    for (let i = 1; i <= 30; i++) {
      const last = d.revisions.at(-1)!;
      d = restoreRevision(enT, d, last.id, { ids: [`b${i}`, `a${i}`], savedAt: at(i), when: `1 Jan 2026, 00:0${i % 10}` });
    }
    expect(d.revisions.at(-1)!.note).toBe('Restored the version of 1 Jan 2026, 00:00 (“Agreed at kick-off”)');
    expect(d.revisions.every((r) => r.note.length <= MAX_NOTE_CHARS)).toBe(true);
    expect(valid(d)).toBe(true);
    expect(originalNote(enT, 'Restored the version of 1 Jan (“Restored the version of 2 Jan (“x”)”)')).toBe('x');
    expect(originalNote(enT, 'Restored the version of 1 Jan')).toBe('');
  });
  it('read the notes of restores in the page’s language', () => {
    const fr = tIn('fr');
    const inner = fr('charter.revisions.restoredNoteAbout', { when: '2 janv. 2026', note: 'Approuvée' });
    expect(originalNote(fr, fr('charter.revisions.restoredNoteAbout', { when: '1 janv. 2026', note: inner }))).toBe('Approuvée');
    expect(originalNote(fr, fr('charter.revisions.restoredNote', { when: '1 janv. 2026' }))).toBe('');
    const d = restoreRevision(fr, addRevision(data(), { id: 'r0', note: 'Approuvée', savedAt: at(0) }), 'r0', { ids: ['b', 'a'], savedAt: at(1), when: '1 janv. 2026' });
    expect(d.revisions.at(-1)!.note).toBe(fr('charter.revisions.restoredNoteAbout', { when: '1 janv. 2026', note: 'Approuvée' }));
  });
  it('restoring keeps the current text as a revision first', () => {
    const d0 = addRevision(data({ 'purpose.purpose': 'Old' }), { id: 'r0', note: 'old', savedAt: at(0) });
    const d1 = { ...d0, values: { 'purpose.purpose': 'Current' } };
    const d2 = restoreRevision(enT, d1, 'r0', { ids: ['b', 'a'], savedAt: at(5), when: 'then' });
    expect(d2.values).toEqual({ 'purpose.purpose': 'Old' });
    expect(d2.revisions.find((r) => r.id === 'b')!.values).toEqual({ 'purpose.purpose': 'Current' });
    expect(restoreRevision(enT, d1, 'nope', { ids: ['x', 'y'], savedAt: at(5), when: 'then' })).toBe(d1);
  });
  it('a copy’s name stays within the limit', () => {
    expect(copyTitle(enT, 'x'.repeat(MAX_TITLE_CHARS)).length).toBe(MAX_TITLE_CHARS);
    expect(copyTitle(enT, 'Ours')).toBe('Copy of Ours');
  });
});

describe('merging a partner’s charter, three ways', () => {
  const def = charterDefinition();
  const P = 'purpose.purpose';
  const goalsKey = def.sections.flatMap((s) => s.fields.filter((f) => f.kind === 'goals').map((f) => `${s.id}.${f.id}`))[0]!;
  const goal = (id: string, text: string) => ({ id, text, success: '', milestones: [] });
  const version = (values: CharterData['values'], title = 'Ours') => ({ title, values });
  const only = (base: ReturnType<typeof version>, mine: ReturnType<typeof version>, theirs: ReturnType<typeof version>) => {
    const d = differences(def, mine, theirs, base);
    return Object.fromEntries(d.map((x) => [x.key, { by: x.changedBy, pick: defaultPick(x) }]));
  };

  it('a field changed on one side only takes that side', () => {
    const base = version({ [P]: 'Grow' });
    expect(only(base, version({ [P]: 'Grow' }), version({ [P]: 'Grow together' }))).toEqual({ [P]: { by: 'theirs', pick: 'theirs' } });
    expect(only(base, version({ [P]: 'Grow fast' }), version({ [P]: 'Grow' }))).toEqual({ [P]: { by: 'mine', pick: 'mine' } });
  });
  it('a field cleared by the partner is a change like any other', () => {
    const r = only(version({ [P]: 'Grow' }), version({ [P]: 'Grow' }), version({}));
    expect(r).toEqual({ [P]: { by: 'theirs', pick: 'theirs' } });
    const merged = applyMerge(data({ [P]: 'Grow' }), version({}), { [P]: 'theirs' }, {});
    expect(merged.values).not.toHaveProperty(P);
  });
  it('a field changed on both sides asks the person to choose', () => {
    expect(only(version({ [P]: 'Grow' }), version({ [P]: 'Grow fast' }), version({ [P]: 'Grow slowly' }))).toEqual({ [P]: { by: 'both', pick: null } });
  });
  it('without a shared version, the two simply differ and my text is kept by default', () => {
    const d = differences(def, version({ [P]: 'Mine' }), version({ [P]: 'Theirs' }));
    expect(d.map((x) => [x.changedBy, defaultPick(x)])).toEqual([['unknown', 'mine']]);
  });
  it('the charter’s name is part of the comparison', () => {
    const r = only(version({}, 'Ours'), version({}, 'Ours'), version({}, 'Amara & Tomasz'));
    expect(r).toEqual({ [TITLE_KEY]: { by: 'theirs', pick: 'theirs' } });
    expect(applyMerge(data({}, 'Ours'), version({}, 'Amara & Tomasz'), { [TITLE_KEY]: 'theirs' }, {}).title).toBe('Amara & Tomasz');
  });
  it('goals added on each side are both kept, goal by goal', () => {
    const base = version({ [goalsKey]: [goal('g1', 'Lead a team')] });
    const mine = version({ [goalsKey]: [goal('g1', 'Lead a team'), goal('g2', 'Publish')] });
    const theirs = version({ [goalsKey]: [goal('g1', 'Lead a team'), goal('g3', 'Speak at a conference')] });
    const d = differences(def, mine, theirs, base);
    expect(d[0]).toMatchObject({ changedBy: 'both', combined: [goal('g1', 'Lead a team'), goal('g2', 'Publish'), goal('g3', 'Speak at a conference')] });
    expect(defaultPick(d[0]!)).toBe('merged');
  });
  it('a goal removed on one side goes, unless the other side changed it', () => {
    const base = [goal('g1', 'Lead'), goal('g2', 'Publish')];
    expect(mergeGoals(base, [goal('g1', 'Lead')], [goal('g1', 'Lead'), goal('g2', 'Publish'), goal('g3', 'New')])).toEqual([goal('g1', 'Lead'), goal('g3', 'New')]);
    expect(mergeGoals(base, [goal('g1', 'Lead')], [goal('g1', 'Lead'), goal('g2', 'Publish a book')])).toBeNull();
    expect(mergeGoals(base, [goal('g1', 'Lead more')], [goal('g1', 'Lead less'), goal('g2', 'Publish')])).toBeNull();
    expect(mergeGoals(base, [], [])).toEqual([]);
  });
  it('builds the result from the newest stored copy: an edit made while comparing survives where no choice touched it', () => {
    const storedNow = data({ [P]: 'Mine', 'rhythm.where': 'Library (changed while comparing)' });
    const merged = applyMerge(storedNow, version({ [P]: 'Theirs', 'rhythm.where': 'Café' }), { [P]: 'theirs' }, {});
    expect(merged.values).toEqual({ [P]: 'Theirs', 'rhythm.where': 'Library (changed while comparing)' });
    expect(applyMerge(storedNow, version({}), { [P]: 'merged' }, { [P]: 'Both' }).values[P]).toBe('Both');
  });
});

describe('saving goals edited in two tabs at once', () => {
  const g = (id: string, text: string, success = '', milestones: { id: string; date: string; text: string }[] = []) => ({ id, text, success, milestones });
  it('keeps a goal added in each tab', () => {
    const base = [g('a', 'Lead')];
    expect(rebaseGoals(base, [g('a', 'Lead'), g('b', 'Publish')], [g('a', 'Lead'), g('c', 'Speak')])).toEqual([g('a', 'Lead'), g('b', 'Publish'), g('c', 'Speak')]);
  });
  it('keeps words typed into different parts of the same goal', () => {
    const base = [g('a', 'Lead', '')];
    expect(rebaseGoals(base, [g('a', 'Lead a team', '')], [g('a', 'Lead', 'Runs the Monday meeting')])).toEqual([g('a', 'Lead a team', 'Runs the Monday meeting')]);
  });
  it('keeps milestones from both, and a goal removed here that the other tab changed', () => {
    const m = (id: string, text: string) => ({ id, date: '', text });
    const base = [g('a', 'Lead', '', [m('m1', 'One')]), g('b', 'Publish')];
    const mine = [g('a', 'Lead', '', [m('m1', 'One'), m('m2', 'Two')])];
    const theirs = [g('a', 'Lead', '', [m('m1', 'One, changed')]), g('b', 'Publish a book')];
    expect(rebaseGoals(base, mine, theirs)).toEqual([g('a', 'Lead', '', [m('m1', 'One, changed'), m('m2', 'Two')]), g('b', 'Publish a book')]);
  });
  it('settles the same words changed in both in favour of this tab, and removes what only this tab removed', () => {
    const base = [g('a', 'Lead'), g('b', 'Publish')];
    expect(rebaseGoals(base, [g('a', 'Lead well')], [g('a', 'Lead better'), g('b', 'Publish')])).toEqual([g('a', 'Lead well')]);
  });
});

describe('which checklist entry is today’s', () => {
  const e = (id: string, date: string, createdAt: string, updatedAt = createdAt, checklistId = 'before-session') => ({ id, createdAt, updatedAt, data: { checklistId, date } });
  it('is the one changed last for that day, of that checklist', () => {
    const all = [e('b', '2026-03-13', at(5)), e('a', '2026-03-13', at(2), at(9)), e('c', '2026-03-12', at(1)), e('d', '2026-03-13', at(0), at(20), 'monthly')];
    expect(todaysEntry(all, 'before-session', '2026-03-13')?.id).toBe('a');
    expect(todaysEntry(all, 'before-session', '2026-03-14')).toBeUndefined();
    expect(journal(all, 'before-session').map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });
  it('stays the one this page is writing to, even when an older one is put back (undo) or changed elsewhere', () => {
    const all = [e('new', '2026-03-13', at(5), at(6)), e('restored', '2026-03-13', at(1), at(9))];
    expect(todaysEntry(all, 'before-session', '2026-03-13', 'new')?.id).toBe('new');
    expect(todaysEntry(all, 'before-session', '2026-03-13', 'gone')?.id).toBe('restored');
  });
  it('a new entry is empty and dated', () => {
    expect(newEntry({ id: 'x', title: 'X' }, '2026-03-13')).toEqual({ checklistId: 'x', checklistTitle: 'X', date: '2026-03-13', ticks: {}, notes: {} });
  });
});

describe('assessments by questionnaire', () => {
  it('only those of the current questionnaire are scored; earlier and unknown ones are kept apart', () => {
    const mk = (instrument: string, completedAt?: string) => ({ updatedAt: at(9), data: { instrument, status: 'complete' as const, ...(completedAt ? { completedAt } : {}) } });
    const r = byInstrument([mk('reciprocity'), mk('reciprocity-2', at(3)), mk('reciprocity-9')], 'reciprocity-2');
    expect(r.current).toHaveLength(1);
    expect(r.earlier.map((d) => d.data.instrument)).toEqual(['reciprocity']);
    expect(r.other.map((d) => d.data.instrument)).toEqual(['reciprocity-9']);
    expect(assessmentDate(r.current[0]!)).toBe(at(3));
    expect(assessmentDate(r.earlier[0]!)).toBe(at(9));
  });
});

describe('the concerns contact’s phone link', () => {
  it('dials the number as written in the UK way, without the (0) or the extension', () => {
    expect(telNumber('+44 (0)20 7946 0321 ext. 12')).toBe('+442079460321');
    expect(telNumber('020 7946 0321')).toBe('02079460321');
    expect(telNumber('+1 415-555-0100 x204')).toBe('+14155550100');
  });

  it('is shown on one line: non-breaking spaces and hyphens, the same number to dial', () => {
    expect(phoneText('020 7946 0321')).toBe('020\u00a07946\u00a00321');
    expect(phoneText(' +1 415-555-0100  x204 ')).toBe('+1\u00a0415\u2011555\u20110100\u00a0x204');
    expect(telNumber(phoneText('+44 (0)20 7946 0321 ext. 12'))).toBe('+442079460321');
    expect(telNumber(phoneText('+1 415-555-0100 x204'))).toBe('+14155550100');
  });
});
