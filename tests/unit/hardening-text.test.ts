import ICAL from 'ical.js';
import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { roleKey } from '../../src/lib/charter/definition';
import { earlierAnswers } from '../../src/lib/charter/earlier';
import { charterIcs, icsText } from '../../src/lib/charter/ics';
import { charterMarkdown, escapeMarkdown, escapeMarkdownLine } from '../../src/lib/charter/markdown';
import type { CharterValues, Goal } from '../../src/lib/docs/charter-doc';
import { charterDefinition } from './helpers/charter-def';
import { enT } from '../helpers/strings';

const def = charterDefinition();
const key = (role: Parameters<typeof roleKey>[1]) => roleKey(def, role)!;

describe('Markdown escaping: block markers at the start of a line are shown as text', () => {
  it.each([
    ['## x', '\\## x'],
    ['# x', '\\# x'],
    ['1) one', '1\\) one'],
    ['12. twelve', '12\\. twelve'],
    ['not 1. a list', 'not 1. a list'],
    ['    indented code', 'indented code'],
    ['\t\tcode', 'code'],
    ['  - item', '\\- item'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['* item', '\\* item'],
    ['> quote', '\\> quote'],
    ['===', '\\==='],
    ['---', '\\---'],
    ['| a | b |', '\\| a \\| b \\|'],
    ['```js', '\\`\\`\\`js'],
    ['~~~', '\\~\\~\\~'],
    ['a\r# b', 'a\n\\# b'],
    ['a\r\n1. b', 'a\n1\\. b'],
    ['line one\n## two', 'line one\n\\## two'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    ['Title\n## Heading', 'Title ## Heading'],
    ['## a\nb', '\\## a b'],
    ['a\r\n\r\n    b', 'a b'],
    ['x\r- y', 'x - y'],
  ])('on one line, %j → %j', (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });
});

/** The node types of a Markdown tree, in order, without its text. */
function structure(md: string): string[] {
  const out: string[] = [];
  const walk = (n: { type: string; children?: unknown[]; depth?: number; ordered?: boolean }) => {
    if (n.type !== 'text' && n.type !== 'break') out.push(`${n.type}${n.depth ?? ''}${n.ordered === undefined ? '' : n.ordered}`);
    for (const c of n.children ?? []) walk(c as typeof n);
  };
  walk(markdownToMdast(md) as never);
  return out;
}

const ATTACKS = ['## Heading', '1) list', '    code block', '- item', '> quote', '```\ncode\n```', 'x\n===', 'x\r## y', '| a | b |\n|---|---|', '<b>x</b>', '[l](javascript:x)', '\t\tcode'];

describe('Markdown escaping: control characters are left out', () => {
  it.each([
    ['NUL, BEL and an escape sequence', 'Alice\u0000\u0007\u001b[31m', 'Alice\\[31m'],
    ['DEL and C1 controls', 'Bo\u007fb\u0085\u009b', 'Bob'],
    ['tabs and line breaks stay', 'a\tb\nc', 'a\tb\nc'],
  ])('%s', (_name, input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('a charter with Markdown in every field exports only its own structure', () => {
  const goals = (t: string): Goal[] => [{ id: 'g1', text: t, success: t, milestones: [{ id: 'm1', date: t, text: t }] }];
  const charter = (text: (line: string) => string) => {
    const values: CharterValues = {};
    for (const s of def.sections) {
      for (const f of s.fields) {
        const k = `${s.id}.${f.id}`;
        const t = ATTACKS.map(text).join('\n');
        values[k] = f.kind === 'goals' ? goals(t) : t;
      }
    }
    values['removed.field'] = ATTACKS.map(text).join('\n');
    return { title: ATTACKS.map(text).join('\n'), values };
  };
  // The same charter with plain words in the place of each line.
  const plain = (t: string) => t.split(/\r\n|\r|\n/).map((l) => (l.trim() ? 'plain' : '')).join('\n');

  it('parses to the same tree as a charter of plain words', () => {
    const attacked = charterMarkdown(enT, def, charter((a) => a), 'Tandem', 'today', undefined, { 'removed.field': '## Label\n- x' });
    const benign = charterMarkdown(enT, def, charter(plain), 'Tandem', 'today', undefined, { 'removed.field': 'plain' });
    const a = structure(attacked);
    expect(a).toEqual(structure(benign));
    expect(a.some((t) => t.startsWith('code') || t.startsWith('html') || t.startsWith('link') || t.startsWith('table') || t.startsWith('blockquote'))).toBe(false);
  });

  it('keeps a newline in the title out of the heading', () => {
    const md = charterMarkdown(enT, def, { title: 'Ours\n## Injected', values: {} }, 'Tandem', 'today');
    expect(md.split('\n')[0]).toBe(`# ${escapeMarkdown(def.title)}: Ours ## Injected`);
    expect(md).not.toMatch(/^## Injected/m);
  });
});

describe('earlier answers with keys named like object methods', () => {
  const values: CharterValues = {};
  for (const k of ['toString', 'valueOf', 'hasOwnProperty', 'constructor', 'isPrototypeOf']) Object.defineProperty(values, k, { value: 'An answer', enumerable: true });
  it('are labelled by their key, never by a method', () => {
    const earlier = earlierAnswers(enT, def, values, {});
    expect(earlier.map((e) => e.label)).toEqual(['toString', 'valueOf', 'hasOwnProperty', 'constructor', 'isPrototypeOf'].map((k) => `An answer saved as “${k}”`));
  });
  it('export to Markdown without throwing', () => {
    expect(() => charterMarkdown(enT, def, { title: '', values }, 'Tandem', 'today')).not.toThrow();
  });
});

describe('calendar text: control characters never start a line', () => {
  it.each([
    ['a\r\nb', 'a\\nb'],
    ['a\rb', 'a\\nb'],
    ['a\nb', 'a\\nb'],
    ['a;b,c\\d', 'a\\;b\\,c\\\\d'],
    ['a\u0000b\u001bc\u007fd\u0085e', 'abcde'],
    ['tab\there', 'tab\there'],
  ])('%j → %j', (input, expected) => {
    expect(icsText(input)).toBe(expected);
  });

  const evil = 'Amara\rURL:https://evil.example\rBEGIN:VALARM\rACTION:DISPLAY\rTRIGGER:-PT5M\rEND:VALARM\u0000\u0007';
  const values: CharterValues = {
    [key('mentor-name')]: 'Tomasz;, Nowak\\',
    [key('mentee-name')]: evil,
    [key('cadence')]: 'fortnightly',
    [key('session-minutes')]: '45',
    [key('first-meeting-date')]: '2026-10-13',
    [key('review-date')]: '2027-01-19',
  };
  const result = charterIcs(enT, def, { values, calendar: { time: '18:00', timeZone: 'Europe/London' } }, { id: 'abc123', now: new Date('2026-10-01T12:00:00Z') });
  if (!result.ok) throw new Error('expected a calendar');

  it('no line read by a parser that splits on CR alone is injected', () => {
    const lines = result.text.split(/\r\n|\r|\n/);
    expect(lines.filter((l) => /^(URL|BEGIN:VALARM|ACTION|TRIGGER)/.test(l))).toEqual([]);
    expect(result.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    expect(result.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('parses back to exactly the expected events, with the names as text', () => {
    const comp = new ICAL.Component(ICAL.parse(result.text));
    const events = comp.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(['abc123-checkin@tandem.charter', 'abc123-review@tandem.charter']);
    for (const e of events) {
      expect(e.getAllSubcomponents('valarm')).toEqual([]);
      expect(e.getFirstProperty('url')).toBeNull();
    }
    const names = `${evil.replace(/\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')} & Tomasz;, Nowak\\`;
    expect(events[0]!.getFirstPropertyValue('summary')).toBe(`Mentoring check-in: ${names}`);
  });
});
