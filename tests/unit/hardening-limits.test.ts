/**
 * Size limits on what comes from outside: share links and files, the text inside them, and the
 * records of a stored document. A link or file far larger than the handbook ever makes is refused
 * in one sentence, quickly, before it is decompressed; decompression stops past a fixed size; a
 * record holds at most a fixed number of entries; and answers from an earlier version of the
 * charter are shown a page at a time while every export keeps them all.
 */
import fc from 'fast-check';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import EarlierAnswers from '../../src/islands/charter/EarlierAnswers';
import { EARLIER_PAGE, earlierAnswers } from '../../src/lib/charter/earlier';
import { charterMarkdown } from '../../src/lib/charter/markdown';
import { decodeCharter, encodeCharter } from '../../src/lib/charter/share';
import { DOC_TYPES, assessmentDocType, charterDocType, reflectionDocType } from '../../src/lib/docs';
import { MAX_RECORD_ENTRIES } from '../../src/lib/docs/record-key';
import { decodeResults, encodeResults, type SharedResults } from '../../src/lib/reciprocity/share';
import { MAX_DECODED_BYTES, MAX_LINK_CHARS, MAX_TOKEN_CHARS, ShareTooLargeError, crc32, decodeShare, inflateAtMost, toBase64Url } from '../../src/lib/share';
import { BACKUP_FORMAT, parseBackup } from '../../src/lib/storage/backup';
import { makeDocument } from '../../src/lib/storage/envelope';
import { charterDefinition } from './helpers/charter-def';
import { enT, englishStrings } from '../helpers/strings';
import { say } from '../../src/lib/storage/said';
import { english } from '../helpers/said';
import { I18n } from '../../src/islands/shared/i18n';

const def = charterDefinition();
const NOW = new Date('2026-11-01T12:00:00.000Z');
const ONE_SENTENCE = /^[A-Z][^\n.]*(?:\.[^\s\n][^\n.]*)*\.$/;

/** A token as a hostile sender would make it: any JSON, compressed by another program, with a valid check. */
function hostileToken(kind: 'c' | 'r', payload: Uint8Array | string): string {
  const bytes = typeof payload === 'string' ? deflateRawSync(Buffer.from(payload)) : payload;
  const body = `1.${kind}.${toBase64Url(new Uint8Array(bytes))}`;
  return `${body}.${crc32(body)}`;
}

const manyKeys = (n: number, value: unknown = 'v') => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}.x`, value]));
/** A charter as a link carries it, with any values (a hostile link's need not be valid). */
const sharedCharter = <V,>(values: V) => ({
  id: 'c1',
  title: 'Amara & Tomasz',
  values,
  sharedBy: 'Amara Okafor',
  sharedAt: '2026-11-21T10:00:00.000Z',
  updatedAt: '2026-11-21T09:59:00.000Z',
});

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

/** Count the decompressors made while `run` runs. */
async function countInflaters<T>(run: () => Promise<T>): Promise<[T, number]> {
  const Real = globalThis.DecompressionStream;
  let made = 0;
  vi.stubGlobal(
    'DecompressionStream',
    class extends Real {
      constructor(format: CompressionFormat) {
        made++;
        super(format);
      }
    },
  );
  try {
    return [await run(), made];
  } finally {
    vi.unstubAllGlobals();
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('share links far larger than the handbook makes', () => {
  it('the limits sit well above what the tool makes, and in order', () => {
    expect(MAX_TOKEN_CHARS).toBeGreaterThan(MAX_LINK_CHARS * 4);
    expect(MAX_DECODED_BYTES).toBe(512 * 1024);
  });

  it('a link with 40,000 keys is refused in under 200 ms, in one sentence', async () => {
    const token = hostileToken('c', JSON.stringify(sharedCharter(manyKeys(40_000))));
    const [r, ms] = await timed(() => decodeCharter(token, enT));
    expect(r).toEqual({ ok: false, error: 'This link is far longer than any link this handbook makes, so it was not opened and nothing was changed.' });
    expect(ms).toBeLessThan(200);
  });

  it('a link within the length limit but with more entries than a charter holds is refused in one sentence', async () => {
    const token = hostileToken('c', JSON.stringify(sharedCharter(manyKeys(MAX_RECORD_ENTRIES + 1))));
    expect(token.length).toBeLessThan(MAX_TOKEN_CHARS);
    const [r, ms] = await timed(() => decodeCharter(token, enT));
    expect(r).toEqual({ ok: false, error: `This link holds more answers than a charter can (at most ${MAX_RECORD_ENTRIES}), so it was not opened and nothing was changed.` });
    expect(ms).toBeLessThan(200);
    // The same for results: far more answers than a questionnaire asks.
    const results = { instrument: 'reciprocity-2', name: '', role: 'mentor', stage: 'new', date: '2026-11-01T12:00:00.000Z', answers: manyKeys(MAX_RECORD_ENTRIES + 1, 3) };
    expect(await decodeResults(hostileToken('r', JSON.stringify(results)), 'reciprocity-2', enT)).toEqual({
      ok: false,
      error: `This link holds more answers than a questionnaire asks (at most ${MAX_RECORD_ENTRIES}), so it was not opened and nothing was changed.`,
    });
  });

  it('a token ten times the longest accepted is refused before anything is decompressed', async () => {
    const body = `1.c.${'A'.repeat(10 * MAX_TOKEN_CHARS)}`;
    const token = `${body}.${crc32(body)}`;
    const [[r, made], ms] = await timed(() => countInflaters(() => decodeShare(token, 'charter')));
    expect(made).toBe(0);
    expect(english(r)).toEqual({ ok: false, error: 'This link is far longer than any link this handbook makes, so it was not opened and nothing was changed.' });
    expect(ms).toBeLessThan(200);
  });

  describe('a deflate bomb', () => {
    let bomb: Uint8Array;
    beforeAll(async () => {
      // 300 MB of zeros, compressed to about 300 KB.
      const z = createDeflateRaw({ level: 1 });
      const chunks: Buffer[] = [];
      z.on('data', (c: Buffer) => chunks.push(c));
      const mb = Buffer.alloc(1 << 20);
      for (let i = 0; i < 300; i++) z.write(mb);
      await new Promise<void>((done) => z.end(done));
      bomb = new Uint8Array(Buffer.concat(chunks));
    }, 30_000);

    it('stops decompressing past 512 KB', async () => {
      const [r, ms] = await timed(() => inflateAtMost(bomb, MAX_DECODED_BYTES));
      expect(r.ok).toBe(false);
      if (r.ok || r.reason !== 'too-large') throw new Error('expected a refusal for size');
      expect(r.inflated).toBeGreaterThan(MAX_DECODED_BYTES);
      // One more piece of output at most (the decompressor hands it over in pieces of 16 KB or so).
      expect(r.inflated).toBeLessThanOrEqual(MAX_DECODED_BYTES + 64 * 1024);
      expect(ms).toBeLessThan(1_000);
    });

    it('as a link within the length limit is refused in one sentence', async () => {
      // About 60 MB of zeros: the token fits under the length limit.
      const small = bomb.subarray(0, Math.floor((MAX_TOKEN_CHARS * 3) / 4) - 200);
      const token = hostileToken('c', small);
      expect(token.length).toBeLessThanOrEqual(MAX_TOKEN_CHARS);
      const [r, ms] = await timed(() => decodeShare(token, 'charter'));
      expect(english(r)).toEqual({ ok: false, error: 'This link holds far more than any link this handbook makes, so it was not opened and nothing was changed.' });
      expect(ms).toBeLessThan(1_000);
    });
  });

  it('a damaged compressed stream is still "damaged", not "too large"', async () => {
    const r = await decodeShare(hostileToken('c', new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x12])), 'charter');
    expect(english(r)).toMatchObject({ ok: false, error: expect.stringMatching(/damaged or incomplete/) });
  });

  it('anything the tool itself encodes still decodes (or the tool refuses to make it, in one sentence)', async () => {
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('', 'x'.repeat(20_000)));
    const goal = fc.record({
      id: fc.constantFrom('g1', 'g2'),
      text,
      success: text,
      milestones: fc.array(fc.record({ id: fc.constantFrom('m1', 'm2'), date: fc.constantFrom('', '2026-12-01'), text }), { maxLength: 3 }),
    });
    const key = fc.oneof(fc.constantFrom('partners.mentorName', 'purpose.purpose', 'objectives.mentee', 'gone.field'), fc.stringMatching(/^[a-z]{1,8}\.[a-zA-Z]{1,12}$/));
    const values = fc.dictionary(key, fc.oneof(text, fc.array(goal, { maxLength: 3 })), { maxKeys: 60, noNullPrototype: true });
    const charter = fc.record({ values, title: fc.string({ maxLength: 200 }), sharedBy: fc.string({ maxLength: 200 }) }).map(({ values, title, sharedBy }) => ({ ...sharedCharter(values), title, sharedBy }));
    await fc.assert(
      fc.asyncProperty(charter, async (shared) => {
        let token: string;
        try {
          token = await encodeCharter(shared);
        } catch (e) {
          expect(e).toBeInstanceOf(ShareTooLargeError);
          expect((e as Error).message).toMatch(ONE_SENTENCE);
          return;
        }
        expect(token.length).toBeLessThanOrEqual(MAX_TOKEN_CHARS);
        expect(await decodeCharter(token, enT)).toEqual({ ok: true, charter: shared });
      }),
      { numRuns: 60 },
    );
  });

  it('the largest charter the builder stores either travels whole or is refused when the link is made', async () => {
    // Every entry the record holds, each a long paragraph of varied text: far past the limits.
    const words = ['mentor', 'goal', 'review', 'agenda', 'trust', 'listen', 'plan', 'notes'];
    const para = (i: number) => Array.from({ length: 400 }, (_, j) => words[(i * 7 + j * 13 + ((i * j) % 5)) % words.length]).join(' ');
    const values = Object.fromEntries(Array.from({ length: MAX_RECORD_ENTRIES }, (_, i) => [`s.f${i}`, `${i} ${para(i)}`]));
    await expect(encodeCharter(sharedCharter(values))).rejects.toThrow(ShareTooLargeError);
    // A long but ordinary charter travels.
    const ordinary = Object.fromEntries(Array.from({ length: 44 }, (_, i) => [`s.f${i}`, para(i)]));
    expect(await decodeCharter(await encodeCharter(sharedCharter(ordinary)), enT)).toMatchObject({ ok: true });
  });

  it('results with every answer a questionnaire may hold still make a link', async () => {
    const results: SharedResults = { instrument: 'reciprocity-2', name: 'Amara', role: 'mentee', stage: 'new', date: '2026-11-01T12:00:00.000Z', answers: Object.fromEntries(Array.from({ length: MAX_RECORD_ENTRIES }, (_, i) => [`behaviour-${i}.partner`, 'na' as const])) };
    const token = await encodeResults(results);
    expect(token.length).toBeLessThan(MAX_LINK_CHARS);
    expect(await decodeResults(token, 'reciprocity-2', enT)).toEqual({ ok: true, results, questionnaire: 'current' });
  });
});

describe('records in stored documents hold at most a fixed number of entries', () => {
  const file = (documents: unknown[]) => JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, appVersion: '0.2.0', exportedAt: '2026-10-01T00:00:00.000Z', documents });
  const doc = (type: string, id: string, data: unknown) => ({ type, v: 1, id, createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-02T00:00:00.000Z', data });
  const fine = makeDocument(charterDocType, { title: 'Ours', values: { 'purpose.purpose': 'Mine' }, revisions: [] }, NOW, 'ok1');

  it('a backup with a record of 40,000 keys lists it as rejected, with a reason, and keeps the rest', () => {
    const text = file([
      fine,
      doc('charter', 'big1', { title: '', values: manyKeys(40_000), revisions: [] }),
      doc('assessment', 'big2', { role: 'mentor', stage: 'new', name: '', status: 'draft', instrument: 'reciprocity-2', answers: manyKeys(40_000, 3) }),
      doc('reflection', 'big3', { checklistId: 'after-session', checklistTitle: 'After', date: '2026-10-01', ticks: manyKeys(40_000, true), notes: {} }),
      doc('reflection', 'big4', { checklistId: 'after-session', checklistTitle: 'After', date: '2026-10-01', ticks: {}, notes: manyKeys(40_000, 'n') }),
    ]);
    const parsed = parseBackup(text, text.length, DOC_TYPES, 'Tandem', NOW);
    if (!parsed.ok) throw new Error(say(enT, parsed.error));
    expect(parsed.valid.map((d) => d.id)).toEqual(['ok1']);
    expect(parsed.rejected.map((r) => [r.id, say(enT, r.reason)])).toEqual([
      ['big1', `its content is not valid (values: A charter can hold at most ${MAX_RECORD_ENTRIES} answers.)`],
      ['big2', `its content is not valid (answers: A self-assessment can hold at most ${MAX_RECORD_ENTRIES} answers.)`],
      ['big3', `its content is not valid (ticks: A reflection entry can hold at most ${MAX_RECORD_ENTRIES} ticks.)`],
      ['big4', `its content is not valid (notes: A reflection entry can hold at most ${MAX_RECORD_ENTRIES} notes.)`],
    ]);
  });

  it('the limit is far above what the handbook’s own content asks for', () => {
    const fields = def.sections.reduce((n, s) => n + s.fields.length, 0);
    expect(MAX_RECORD_ENTRIES).toBeGreaterThanOrEqual(fields * 10);
    // Exactly at the limit is accepted.
    const at = { title: '', values: manyKeys(MAX_RECORD_ENTRIES), revisions: [] };
    expect(charterDocType.schema['~standard'].validate(at)).toMatchObject({ value: expect.anything() });
    const assessment = { role: 'mentor', stage: 'new', name: '', status: 'draft', instrument: 'reciprocity-2', answers: manyKeys(MAX_RECORD_ENTRIES, 'na') };
    expect(assessmentDocType.schema['~standard'].validate(assessment)).toMatchObject({ value: expect.anything() });
    const entry = { checklistId: 'a', checklistTitle: 'A', date: '2026-10-01', ticks: manyKeys(MAX_RECORD_ENTRIES, false), notes: manyKeys(MAX_RECORD_ENTRIES, '') };
    expect(reflectionDocType.schema['~standard'].validate(entry)).toMatchObject({ value: expect.anything() });
  });
});

describe('answers from an earlier version of the charter', () => {
  const values = Object.fromEntries(Array.from({ length: MAX_RECORD_ENTRIES }, (_, i) => [`gone.f${i}`, `Answer ${i}`]));

  it('are shown a page at a time, saying how many more there are', () => {
    const html = renderToString(h(I18n, { strings: englishStrings('charter', 'charterDoc'), children: h(EarlierAnswers, { def, values, labels: {}, onCopy: () => undefined, onRemove: () => undefined }) }));
    expect(html.match(/class="earlier-answer"/g)?.length).toBe(EARLIER_PAGE);
    expect(EARLIER_PAGE).toBeLessThanOrEqual(50);
    expect(html).toContain(`and ${MAX_RECORD_ENTRIES - EARLIER_PAGE} more`);
    expect(html).toContain('Answer 0');
    expect(html).not.toContain(`Answer ${EARLIER_PAGE}<`);
  });

  it('are all kept in the exports', () => {
    expect(earlierAnswers(enT, def, values)).toHaveLength(MAX_RECORD_ENTRIES);
    const md = charterMarkdown(enT, def, { title: 'Ours', values }, 'Tandem', '1 November 2026');
    for (const i of [0, EARLIER_PAGE, MAX_RECORD_ENTRIES - 1]) expect(md).toContain(`Answer ${i}`);
  });
});
