/**
 * Every function that reads text people typed or files and links they opened finishes quickly on
 * long hostile input: no pattern may take time that grows with the square of its length.
 */
import { describe, expect, it } from 'vitest';
import { roleKey } from '../../src/lib/charter/definition';
import { copyEarlier } from '../../src/lib/charter/earlier';
import { charterIcs, icsText } from '../../src/lib/charter/ics';
import { charterMarkdown, escapeMarkdown, escapeMarkdownLine } from '../../src/lib/charter/markdown';
import { decodeCharter, tokenFromFile } from '../../src/lib/charter/share';
import type { CharterValues } from '../../src/lib/docs/charter-doc';
import { DOC_TYPES, charterDocType } from '../../src/lib/docs';
import { decodeResults } from '../../src/lib/reciprocity/share';
import { decodeShare, readShareFragment } from '../../src/lib/share';
import { BACKUP_FORMAT, containsMarkup, parseBackup } from '../../src/lib/storage/backup';
import { makeDocument, parseDocument } from '../../src/lib/storage/envelope';
import { charterDefinition } from './helpers/charter-def';
import { enT } from '../helpers/strings';

const def = charterDefinition();
const key = (role: Parameters<typeof roleKey>[1]) => roleKey(def, role)!;
const N = 50_000;
const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

const INPUTS: Record<string, string> = {
  newlines: fill('\n'),
  'carriage returns': fill('\r'),
  'spaces then newline': `${fill(' ')}x`,
  'spaces and newlines': fill(' \n'),
  tabs: fill('\t'),
  '<a repeated': fill('<a'),
  '< and spaces': `<${fill(' ')}`,
  'on and letters': `on${fill('a')}`,
  '# repeated': fill('#'),
  'digits': fill('1'),
  backslashes: fill('\\'),
  '&# repeated': fill('&#'),
  'share= repeated': fill('&share='),
};

/**
 * Milliseconds for one run, after a warm-up run: the quickest of three, as other work on a shared
 * machine can pause any one run (a quadratic pattern is slow every time).
 */
function timed(run: () => unknown): number {
  run();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
async function timedAsync(run: () => Promise<unknown>): Promise<number> {
  await run();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const LIMIT_MS = 50;

describe.each(Object.entries(INPUTS))('50,000 characters of %s', (_name, text) => {
  // The text in one field of each kind: a name (one line), a paragraph, a goal, an earlier answer.
  const values: CharterValues = {
    [key('mentor-name')]: text,
    'purpose.purpose': text,
    [key('mentee-goals')]: [{ id: 'g', text, success: '', milestones: [] }],
  };
  values[key('first-meeting-date')] = '2026-10-13';
  values[key('session-minutes')] = '45';
  values[key('cadence')] = 'weekly';
  values['gone.field'] = text;

  it.each<[string, () => unknown]>([
    ['escapeMarkdown', () => escapeMarkdown(text)],
    ['escapeMarkdownLine', () => escapeMarkdownLine(text)],
    ['the Markdown export', () => charterMarkdown(enT, def, { title: '', values }, 'Tandem', 'today')],
    ['icsText', () => icsText(text)],
    ['the backup preview’s markup scan', () => containsMarkup(text)],
    ['copying an earlier answer', () => copyEarlier(def, values, 'gone.field', key('mentor-name'), () => 'id')],
    ['reading a share fragment', () => readShareFragment(`#share=${text}`)],
    ['reading a share file', () => tokenFromFile(text, enT)],
  ])('%s finishes within 50 ms', (_what, run) => {
    expect(timed(run)).toBeLessThan(LIMIT_MS);
  });

  it('the calendar export spends less than 50 ms on the text', () => {
    // Working out the time zone's changes takes the same time whatever the names: it is not counted.
    const ics = (v: CharterValues) => () => charterIcs(enT, def, { values: v, calendar: { time: '18:00', timeZone: 'Europe/London' } }, { id: 'c1', now: new Date('2026-10-01T00:00:00Z') });
    const short: CharterValues = { ...values, [key('mentor-name')]: 'Tomasz', 'purpose.purpose': '' };
    expect(timed(ics(values)) - timed(ics(short))).toBeLessThan(LIMIT_MS);
  });

  it('reading a backup file finishes within 50 ms', () => {
    const doc = makeDocument(charterDocType, { title: '', values: { 'purpose.purpose': text, 'boundaries.offLimits': text }, revisions: [] }, new Date('2026-10-01T00:00:00Z'), 'c1');
    const file = JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, documents: [doc] });
    expect(timed(() => parseBackup(file, file.length, DOC_TYPES))).toBeLessThan(LIMIT_MS);
    expect(timed(() => parseDocument(charterDocType, JSON.stringify(doc)))).toBeLessThan(LIMIT_MS);
  });

  it('decoding it as a share link finishes within 50 ms', async () => {
    expect(await timedAsync(() => decodeShare(text, 'charter'))).toBeLessThan(LIMIT_MS);
    expect(await timedAsync(() => decodeCharter(`1.c.${text}.00000000`, enT))).toBeLessThan(LIMIT_MS);
    expect(await timedAsync(() => decodeResults(text, 'reciprocity-2', enT))).toBeLessThan(LIMIT_MS);
  });
});
