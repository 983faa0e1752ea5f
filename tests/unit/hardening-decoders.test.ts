/**
 * Property tests of everything that reads input from outside: share links, backup files and stored
 * documents, fed hostile shapes (keys named like object methods, very many keys, dates in the far
 * future, documents of a newer version over readable ones, control characters, deep nesting).
 * Each must end in something the tools can open (the document validates again, and the Markdown
 * and calendar exports do not throw) or in a refusal of one sentence; never in a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earlierAnswers } from '../../src/lib/charter/earlier';
import { charterIcs } from '../../src/lib/charter/ics';
import { charterMarkdown } from '../../src/lib/charter/markdown';
import { decodeCharter } from '../../src/lib/charter/share';
import { DOC_TYPES, charterDocType, docTypeFor } from '../../src/lib/docs';
import type { CharterData } from '../../src/lib/docs/charter-doc';
import { decodeResults } from '../../src/lib/reciprocity/share';
import { decodeShare, encodeShare } from '../../src/lib/share';
import { BACKUP_FORMAT, parseBackup, planImport } from '../../src/lib/storage/backup';
import { createCollection } from '../../src/lib/storage/doc-store';
import { encodeDocument, makeDocument, parseDocument, readDocument } from '../../src/lib/storage/envelope';
import { createGuardedStorage } from '../../src/lib/storage/guarded';
import { importDocuments } from '../../src/lib/storage/import';
import { keysFor } from '../../src/lib/storage/keys';
import { charterDefinition } from './helpers/charter-def';
import { FakeStorage } from './helpers/fake-storage';
import { enT } from '../helpers/strings';
import { inEnglish } from '../helpers/said';

const def = charterDefinition();
const NOW = new Date('2026-11-01T12:00:00.000Z');
const RUNS = 150;

// --- Hostile pieces ----------------------------------------------------------------------------

const METHOD_NAMES = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'prototype', '__defineGetter__'];
const FIELD_KEYS = ['partners.mentorName', 'partners.menteeName', 'purpose.purpose', 'objectives.mentee', 'rhythm.firstDate', 'rhythm.sessionMinutes', 'rhythm.cadence', 'gone.field'];
const key = fc.oneof(fc.constantFrom(...METHOD_NAMES, ...FIELD_KEYS), fc.string({ maxLength: 8 }));
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('\r', '\n', '\r\n', '\u0000', '\u001b', '\u0085', '\u2028', '#', '<a', ' ', '    ', '\t', '\\', '1)', '-', '=', '|', '```', 'BEGIN:VALARM', 'URL:x', ';', ','), maxLength: 30 }),
);
const instant = fc.constantFrom('9999-12-31T23:59:59.999Z', '2026-10-01T00:00:00.000Z', '2026-11-02T13:00:00.000Z', '0001-01-01T00:00:00.000Z', '2026-13-45T00:00:00Z', 'soon');

/** Nesting to be written out as text (JSON.stringify itself cannot write very deep values). */
const DEEP = (n: number) => `@@deep:${n}@@`;
const deep = fc.integer({ min: 1, max: 20_000 }).map(DEEP);
const expandDeep = (json: string) => json.replace(/"@@deep:(\d+)@@"/g, (_m, n: string) => `${'['.repeat(Number(n))}${']'.repeat(Number(n))}`);
const manyKeys = fc.integer({ min: 0, max: 5_000 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}.x`, 'v'])));

/** An object with these entries as its own properties, "__proto__" included, as JSON.parse makes it. */
const own = (entries: readonly (readonly [string, unknown])[]) => {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
};
const record = <T,>(value: fc.Arbitrary<T>) => fc.array(fc.tuple(key, value), { maxLength: 8 }).map(own);

const goal = fc.record({ id: fc.constantFrom('g1', 'toString', ''), text, success: text, milestones: fc.array(fc.record({ id: fc.constantFrom('m1', 'x'), date: fc.oneof(text, instant), text }), { maxLength: 2 }) });
const fieldValue = fc.oneof(text, fc.array(goal, { maxLength: 2 }), instant, fc.constant(3), deep);
const values = fc.oneof({ weight: 4, arbitrary: record(fieldValue) }, { weight: 1, arbitrary: manyKeys });
const charterData = fc.record(
  {
    title: text,
    values,
    revisions: fc.oneof(fc.constant([]), fc.array(fc.record({ id: fc.constant('r1'), savedAt: instant, note: text, title: text, values }), { maxLength: 2 })),
    partner: fc.record({ name: text, receivedAt: instant, title: text, values }),
    calendar: fc.record({ time: fc.constantFrom('18:00', '25:99', ''), timeZone: fc.constantFrom('Europe/London', 'Nowhere/Else', '', 'UTC\r\nURL:x') }),
    extra: fc.oneof(deep, manyKeys, record(text)),
  },
  { requiredKeys: ['title', 'values', 'revisions'] },
);
const otherData = fc.oneof(
  record(fc.oneof(text, fc.boolean(), fc.integer(), deep)),
  fc.record({ role: fc.constantFrom('mentor', 'x'), stage: fc.constantFrom('new'), name: text, status: fc.constantFrom('draft', 'complete'), instrument: text, answers: record(fc.constantFrom(1, 3, 'na', 9)) }),
  fc.record({ checklistId: fc.constantFrom('first-meeting'), checklistTitle: text, date: fc.constantFrom('2026-10-01', '2026-13-45'), ticks: record(fc.boolean()), notes: record(text) }),
);
const envelope = fc.record({
  type: fc.constantFrom('charter', 'charter', 'assessment', 'reflection', 'session', 'unknown-kind', 'Bad Type'),
  v: fc.constantFrom(1, 1, 2, 99, 0, 1.5),
  id: fc.constantFrom('c1', 'c2', 'a1', 'toString', '__proto__', 'bad id'),
  createdAt: instant,
  updatedAt: instant,
  data: fc.oneof({ weight: 3, arbitrary: charterData }, { weight: 1, arbitrary: otherData }),
});

// --- What "can be opened" means ----------------------------------------------------------------

const ONE_SENTENCE = /^[^\n]+$/;

/** A document the tools open: it validates again as stored, and a charter exports to Markdown and a calendar. */
function expectOpens(doc: { type: string; id: string; data: unknown }) {
  const docType = docTypeFor(doc.type)!;
  expect(readDocument(docType, JSON.parse(encodeDocument(doc as never)), NOW)).toMatchObject({ ok: true });
  if (doc.type === 'charter') expectExports(doc.data as CharterData);
}
function expectExports(data: Pick<CharterData, 'title' | 'values'> & Partial<Pick<CharterData, 'calendar'>>) {
  const md = charterMarkdown(enT, def, data, 'Tandem', 'today', undefined, { 'gone.field': 'Gone' });
  expect(typeof md).toBe('string');
  for (const e of earlierAnswers(enT, def, data.values, {})) expect(typeof e.label).toBe('string');
  const ics = charterIcs(enT, def, data, { id: 'c1', now: NOW });
  if (ics.ok) expect(ics.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
}

function browser() {
  const guarded = createGuardedStorage(new FakeStorage(), { text: 'disabled' }, () => undefined);
  const keys = keysFor('tandem:');
  const collections = DOC_TYPES.map((t) => createCollection(guarded, keys, t));
  return { guarded, keys, collections, charters: createCollection(guarded, keys, charterDocType) };
}

describe('backup files', () => {
  it('end in documents that open, or refusals of one sentence; newer versions never replace what is stored', () => {
    fc.assert(
      fc.property(fc.array(envelope, { maxLength: 5 }), (docs) => {
        const text = expandDeep(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, documents: docs }));
        const parsed = parseBackup(text, 100, DOC_TYPES, 'Tandem', NOW);
        if (!parsed.ok) {
          expect(inEnglish(parsed.error)).toMatch(ONE_SENTENCE);
          return;
        }
        for (const r of parsed.rejected) expect(inEnglish(r.reason)).toMatch(ONE_SENTENCE);
        for (const doc of parsed.valid) expectOpens(doc);

        // Into a browser holding a readable charter under two of the ids.
        const b = browser();
        const mine = (id: string) => makeDocument(charterDocType, { title: `Mine ${id}`, values: {}, revisions: [] }, new Date('2026-10-15T00:00:00.000Z'), id);
        b.charters.put(mine('c1'));
        b.charters.put(mine('c2'));
        const stored = (type: string, id: string) => {
          const c = type === 'charter' ? b.charters.classify(id) : undefined;
          return c?.kind === 'doc' ? c.doc : undefined;
        };
        const plan = planImport(parsed.valid, stored, parsed.foreign, (type, id) => b.guarded.read(b.keys.docKey(type, id)) !== undefined);
        expect(plan.addForeign.every((f) => f.id !== 'c1' || f.type !== 'charter')).toBe(true);
        const result = importDocuments(b.guarded, b.keys, b.collections, parsed.valid, parsed.foreign);
        expect(result.ok).toBe(true);
        for (const id of ['c1', 'c2']) {
          const now = b.charters.classify(id);
          expect(now.kind).toBe('doc');
          // Whatever was imported can still be changed.
          expect(b.charters.update(id, (d) => ({ ...d, title: 'Changed' }), NOW)).toMatchObject({ ok: true });
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('stored documents', () => {
  it('read as documents that open, or as one-sentence reasons', () => {
    fc.assert(
      fc.property(envelope, (doc) => {
        const raw = expandDeep(JSON.stringify(doc));
        for (const docType of DOC_TYPES) {
          const read = parseDocument(docType, raw, NOW);
          if (read.ok) {
            expectOpens(read.doc);
            expect(Date.parse(read.doc.updatedAt)).toBeLessThanOrEqual(NOW.getTime() + 86_400_000);
          } else expect(inEnglish(read.error)).toMatch(ONE_SENTENCE);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('share links', () => {
  const shared = fc.record(
    { id: fc.constantFrom('c1', 'toString', '__proto__'), title: text, values, sharedBy: text, sharedAt: instant, updatedAt: instant, base: fc.record({ title: text, values }), extra: record(text) },
    { requiredKeys: ['id', 'title', 'values', 'sharedBy', 'sharedAt', 'updatedAt'] },
  );
  const results = fc.record({ instrument: fc.constantFrom('reciprocity-2', 'reciprocity', 'other'), name: text, role: fc.constantFrom('mentor', 'mentee', 'x'), stage: fc.constantFrom('new', 'established'), date: instant, answers: record(fc.constantFrom(1, 5, 'na', 7)) });
  /** Encode as a real link would be, with own "__proto__" keys and deep nesting written out. */
  const token = async (kind: 'charter' | 'reciprocity', value: unknown) => encodeShare(kind, JSON.parse(expandDeep(JSON.stringify(value).replace(/@@deep:(\d+)@@/g, (_m, n: string) => `@@deep:${Math.min(Number(n), 2_000)}@@`))));

  it('charter links end in a charter that opens, or one sentence', async () => {
    await fc.assert(
      fc.asyncProperty(shared, async (value) => {
        const r = await decodeCharter(await token('charter', value), enT);
        if (!r.ok) {
          expect(inEnglish(r.error)).toMatch(ONE_SENTENCE);
          return;
        }
        expect(readDocument(charterDocType, JSON.parse(JSON.stringify(makeDocument(charterDocType, { title: r.charter.title, values: r.charter.values, revisions: [] }, NOW, r.charter.id))), NOW)).toMatchObject({ ok: true });
        expectExports({ title: r.charter.title, values: r.charter.values });
      }),
      { numRuns: RUNS },
    );
  });

  it('results links end in results, or one sentence', async () => {
    await fc.assert(
      fc.asyncProperty(results, async (value) => {
        const r = await decodeResults(await token('reciprocity', value), 'reciprocity-2', enT);
        if (!r.ok) {
          expect(inEnglish(r.error)).toMatch(ONE_SENTENCE);
          return;
        }
        for (const k of Object.keys(r.results.answers)) expect(k in Object.prototype).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('any text as a link is refused in one sentence, never thrown', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('1', '.', 'c', 'r', '%', '\u0000', 'A', '_') })), async (t) => {
        const r = await decodeShare(t, 'charter');
        if (!r.ok) expect(inEnglish(r.error)).toMatch(ONE_SENTENCE);
      }),
      { numRuns: RUNS },
    );
  });
});
