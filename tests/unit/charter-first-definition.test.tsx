import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import CharterDocument from '../../src/islands/charter/CharterDocument';
import { calendarSettings } from '../../src/lib/charter/calendar';
import { charterIcs } from '../../src/lib/charter/ics';
import { charterMarkdown } from '../../src/lib/charter/markdown';
import { applyMerge, defaultPick, differences, type MergePick } from '../../src/lib/charter/merge';
import type { FieldDef } from '../../src/lib/charter/schema';
import { readableValue } from '../../src/lib/charter/text';
import { completeness } from '../../src/lib/charter/values';
import { charterDocType, type CharterData, type CharterValues } from '../../src/lib/docs/charter-doc';
import { checkForWrite, readDocument } from '../../src/lib/storage/envelope';
import { charterDefinition } from './helpers/charter-def';
import { say } from '../../src/lib/storage/said';
import { enT, englishStrings } from '../helpers/strings';

/**
 * A charter stored under the charter's first definition (tests/fixtures/storage/charter.v1.all-fields.json),
 * read with the second: it keeps every word, opens with the new sections empty, prints, exports and merges.
 */
const def = charterDefinition();
const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/storage/charter.v1.all-fields.json'), 'utf8'));
const read = readDocument(charterDocType, raw);
if (!read.ok) throw new Error(say(enT, read.error));
const doc = read.doc;
const stored: CharterValues = raw.data.values;
const NEW_SECTIONS = ['roles', 'conflicts', 'credit', 'problems'];
const NEW_KEYS = ['partners.length', 'partners.endDate', 'roles.agenda', 'roles.summary', 'roles.mentorPrepares', 'roles.menteePrepares', 'feedback.menteeCandour', 'confidentiality.limits', 'conflicts.ties', 'conflicts.plan', 'credit.credit', 'problems.steps', 'review.success'];
const fields = new Map<string, FieldDef>(def.sections.flatMap((s) => s.fields.map((f) => [`${s.id}.${f.id}`, f] as const)));
/** Every piece of text the stored charter holds as a person reads it (a choice by its label), goals and milestones included. */
const words = Object.entries(stored).flatMap(([key, v]) =>
  typeof v === 'string' ? [[key, fields.has(key) ? readableValue(enT, fields.get(key)!, v) : v]] : v.flatMap((g) => [[key, g.text], [key, g.success], ...g.milestones.map((m) => [key, m.text])]),
) as [string, string][];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('a charter written with the first definition, read with the second', () => {
  it('is read as it is, with no migration and every value kept', () => {
    expect(read.migrated).toBe(false);
    expect(doc.data.values).toEqual(stored);
    expect(doc.data.revisions).toEqual(raw.data.revisions);
    expect(doc.data.partner).toEqual(raw.data.partner);
    for (const key of NEW_KEYS) expect(doc.data.values[key], key).toBeUndefined();
  });

  it('opens with its sections written and the new ones empty, advocacy included', () => {
    const c = completeness(def, doc.data.values);
    expect(c.sections.filter((s) => !s.filled).map((s) => s.id)).toEqual(NEW_SECTIONS);
    expect(c.sections.find((s) => s.id === 'advocacy')!.filled).toBe(true);
    // Counted: the sections to write; the optional ones (workingBest is new and empty, advocacy written) are listed apart.
    const required = def.sections.filter((s) => !s.optional);
    expect(c).toMatchObject({ filled: required.filter((s) => !NEW_SECTIONS.includes(s.id)).length, total: required.length });
  });

  it('prints every word of the agreement, the first meeting’s time and zone included, and lines to write on in the new sections', () => {
    const html = renderToString(<CharterDocument strings={englishStrings('charter', 'charterDoc')} def={def} programName="Tandem" values={doc.data.values} title="Ines and Ravi" level={1} />);
    for (const [key, text] of words) expect(html, key).toContain(escape(text));
    expect(html).toContain('2026-09-09, 17:30 (Europe/Lisbon)');
    expect(html).toContain('Direct (4 of 5)');
    expect(html).toContain('Every few weeks (say how many)');
    expect(html).toContain('A mix');
    for (const id of NEW_SECTIONS) expect(html).toContain(def.sections.find((s) => s.id === id)!.title);
    expect(html).toContain('class="write-line"');
  });

  it('exports every word of the agreement to Markdown, the first meeting’s time and zone included', () => {
    const md = charterMarkdown(enT, def, doc.data, 'Tandem', 'today').replace(/\\(.)/g, '$1');
    for (const [key, text] of words) expect(md, key).toContain(text);
    expect(md).toContain('2026-09-09, 17:30 (Europe/Lisbon)');
  });

  it('keeps the first meeting’s time and zone, now used by the calendar file', () => {
    expect(calendarSettings(doc.data, 'UTC')).toEqual({ time: '17:30', timeZone: 'Europe/Lisbon' });
    const ics = charterIcs(enT, def, doc.data, { id: doc.id, now: new Date('2026-11-02T12:00:00Z') });
    expect(ics.ok && ics.text).toContain('DTSTART;TZID=Europe/Lisbon:20260909T173000');
    expect(ics.ok && ics.text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=WE');
  });

  it('merges with a partner’s charter that has the new sections written: theirs are taken, nothing of mine is lost', () => {
    const theirs = { title: doc.data.title, values: { ...stored, 'conflicts.ties': 'None.', 'credit.credit': 'Both names on the capacity plan.', 'feedback.menteeCandour': '3', 'problems.steps': 'Say so at the next session.' } };
    const diffs = differences(def, doc.data, theirs, { title: doc.data.title, values: stored });
    expect(diffs.map((d) => d.key)).toEqual(['feedback.menteeCandour', 'conflicts.ties', 'credit.credit', 'problems.steps']);
    expect(diffs.every((d) => d.changedBy === 'theirs' && defaultPick(d) === 'theirs')).toBe(true);
    const picks = Object.fromEntries(diffs.map((d) => [d.key, defaultPick(d)!])) as Record<string, MergePick>;
    const merged: CharterData = applyMerge(doc.data, theirs, picks, {});
    expect(merged.values).toEqual(theirs.values);
    for (const [key, value] of Object.entries(stored)) expect(merged.values[key], key).toEqual(value);
  });

  it('merges the other way: an older copy without the new sections leaves mine as it is', () => {
    const mine: CharterData = { ...doc.data, values: { ...stored, 'credit.credit': 'Both names on the plan.' } };
    const diffs = differences(def, mine, { title: doc.data.title, values: stored });
    expect(diffs.map((d) => [d.key, defaultPick(d)])).toEqual([['credit.credit', 'mine']]);
    const merged = applyMerge(mine, { title: doc.data.title, values: stored }, { 'credit.credit': 'mine' }, {});
    expect(merged.values).toEqual(mine.values);
  });

  it('is saved again with every old value, the calendar ones included', () => {
    const changed = { ...doc, data: { ...doc.data, values: { ...doc.data.values, 'credit.credit': 'Both names.' } } };
    const written = checkForWrite(charterDocType, changed);
    expect(written.ok).toBe(true);
    if (written.ok) for (const [key, value] of Object.entries(stored)) expect(written.doc.data.values[key], key).toEqual(value);
  });
});
