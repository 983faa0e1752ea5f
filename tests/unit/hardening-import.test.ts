import { describe, expect, it } from 'vitest';
import { decodeCharter } from '../../src/lib/charter/share';
import { charterMarkdown } from '../../src/lib/charter/markdown';
import { DOC_TYPES, assessmentDocType, charterDocType, reflectionDocType } from '../../src/lib/docs';
import { decodeResults } from '../../src/lib/reciprocity/share';
import { encodeShare } from '../../src/lib/share';
import { BACKUP_FORMAT, parseBackup, planImport } from '../../src/lib/storage/backup';
import { createCollection } from '../../src/lib/storage/doc-store';
import { encodeDocument, makeDocument, parseDocument, readDocument, type DocType } from '../../src/lib/storage/envelope';
import { createGuardedStorage } from '../../src/lib/storage/guarded';
import { importDocuments } from '../../src/lib/storage/import';
import { keysFor } from '../../src/lib/storage/keys';
import { charterDefinition } from './helpers/charter-def';
import { FakeStorage } from './helpers/fake-storage';
import { enT } from '../helpers/strings';
import { say } from '../../src/lib/storage/said';
import { english } from '../helpers/said';

const def = charterDefinition();
const NOW = new Date('2026-11-01T12:00:00.000Z');
const file = (documents: unknown[]) => JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, appVersion: '9.0.0', exportedAt: '2026-10-01T00:00:00.000Z', documents });

function browser() {
  const storage = new FakeStorage();
  const guarded = createGuardedStorage(storage, { text: 'disabled' }, () => undefined);
  const keys = keysFor('tandem:');
  const collections = DOC_TYPES.map((t) => createCollection(guarded, keys, t));
  const charters = createCollection(guarded, keys, charterDocType);
  return { storage, guarded, keys, collections, charters };
}

describe('a file holding two copies of one new document, one this version can read and one it cannot', () => {
  const readable = makeDocument(charterDocType, { title: 'Announced', values: {}, revisions: [] }, new Date('2026-10-01T00:00:00.000Z'), 'd1');
  const unreadable = { type: 'charter', v: 99, id: 'd1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-10-30T00:00:00.000Z', data: { anything: true } };

  for (const order of [[readable, unreadable], [unreadable, readable]]) {
    it(`imports the copy the preview announces, whichever comes first (${order[0] === readable ? 'readable' : 'newer version'} first)`, () => {
      const b = browser();
      const parsed = parseBackup(file(order), 100, DOC_TYPES, 'Tandem', NOW);
      if (!parsed.ok) throw new Error(say(enT, parsed.error));
      expect(parsed.valid.map((d) => d.id)).toEqual(['d1']);
      expect(parsed.foreign).toEqual([]);
      expect(parsed.rejected.map(english)).toEqual([expect.objectContaining({ id: 'd1', reason: expect.stringMatching(/also holds a copy of this document that this version can read/) })]);
      const result = importDocuments(b.guarded, b.keys, b.collections, parsed.valid, parsed.foreign);
      expect(result).toMatchObject({ ok: true, foreignWritten: 0 });
      expect(b.charters.readAll().docs['d1']?.data.title).toBe('Announced');
    });
  }
});

describe('a document saved by a newer version never silently replaces a stored one', () => {
  const mine = makeDocument(charterDocType, { title: 'Our charter', values: { 'purpose.purpose': 'Mine' }, revisions: [] }, new Date('2026-10-01T00:00:00.000Z'), 'c1');
  const newer = { type: 'charter', v: 99, id: 'c1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-10-30T00:00:00.000Z', data: { anything: true } };
  const fresh = { ...newer, id: 'c2' };

  it('is written only where nothing is stored under its id', () => {
    const b = browser();
    b.charters.put(mine);
    const parsed = parseBackup(file([newer, fresh]), 100, DOC_TYPES);
    if (!parsed.ok) throw new Error(say(enT, parsed.error));
    const result = importDocuments(b.guarded, b.keys, b.collections, parsed.valid, parsed.foreign);
    expect(result).toMatchObject({ ok: true, foreignWritten: 1 });
    expect(b.charters.classify('c1')).toEqual({ kind: 'doc', doc: mine });
    expect(b.guarded.read(b.keys.docKey('charter', 'c2'))).toBe(JSON.stringify(fresh));
  });

  it('is listed in the preview as kept, with the stored document’s title', () => {
    const parsed = parseBackup(file([newer, fresh]), 100, DOC_TYPES);
    if (!parsed.ok) throw new Error(say(enT, parsed.error));
    const stored = (type: string, id: string) => (type === 'charter' && id === 'c1' ? mine : undefined);
    const plan = planImport(parsed.valid, stored, parsed.foreign, (type, id) => stored(type, id) !== undefined);
    expect(plan.replace).toEqual([]);
    expect(plan.addForeign.map((f) => f.id)).toEqual(['c2']);
    expect(plan.keepStored).toEqual([{ incoming: parsed.foreign[0], current: mine }]);
    expect(charterDocType.describe(plan.keepStored[0]!.current as never, enT)).toBe('Our charter');
  });

  it('a readable document over a value this version cannot read is kept out too, and said so', () => {
    const b = browser();
    b.guarded.write(b.keys.docKey('charter', 'c1'), JSON.stringify(newer));
    const incoming = { ...mine, updatedAt: '2026-10-31T00:00:00.000Z' };
    const plan = planImport([incoming], () => undefined, [], (type, id) => b.guarded.read(b.keys.docKey(type, id)) !== undefined);
    expect(plan.add).toEqual([]);
    expect(plan.keepStored).toEqual([{ incoming, current: undefined }]);
    const result = importDocuments(b.guarded, b.keys, b.collections, [incoming], []);
    expect(result).toMatchObject({ ok: true, written: [], skipped: 0 });
    expect(b.guarded.read(b.keys.docKey('charter', 'c1'))).toBe(JSON.stringify(newer));
  });
});

describe('dates far in the future are brought back to at most a day from now', () => {
  const FAR = '9999-12-31T23:59:59.999Z';
  const LIMIT = '2026-11-02T12:00:00.000Z';
  const doc = { ...makeDocument(charterDocType, { title: 'T', values: {}, revisions: [] }, new Date('2026-10-01T00:00:00.000Z'), 'c9'), updatedAt: FAR };

  it('on import', () => {
    const parsed = parseBackup(file([doc]), 100, DOC_TYPES, 'Tandem', NOW);
    if (!parsed.ok) throw new Error(say(enT, parsed.error));
    expect(parsed.valid.map((d) => d.updatedAt)).toEqual([LIMIT]);
  });

  it('when a stored document is read, so it can still be changed', () => {
    const read = readDocument(charterDocType, { ...doc, createdAt: FAR }, NOW);
    expect(read).toMatchObject({ ok: true, doc: { createdAt: LIMIT, updatedAt: LIMIT } });
    const b = browser();
    b.storage.setItem(b.keys.docKey('charter', 'c9'), encodeDocument(doc));
    const changed = b.charters.update('c9', (d) => ({ ...d, title: 'Changed' }), NOW);
    expect(changed).toMatchObject({ ok: true, doc: { data: { title: 'Changed' } } });
  });

  it('leaves ordinary dates alone', () => {
    expect(parseDocument(charterDocType, encodeDocument({ ...doc, updatedAt: '2026-11-02T11:00:00.000Z' }), NOW)).toMatchObject({ ok: true, doc: { updatedAt: '2026-11-02T11:00:00.000Z' } });
  });
});

const METHOD_NAMES = ['toString', 'valueOf', 'hasOwnProperty', 'constructor', '__proto__', 'isPrototypeOf'];
/** An object whose own keys are method names, as JSON.parse makes them. */
const withMethodKeys = (value: unknown) => JSON.parse(`{${METHOD_NAMES.map((k) => `"${k}": ${JSON.stringify(value)}`).join(',')}}`) as Record<string, unknown>;

describe('keys named like object methods', () => {
  it('a charter link carrying them is refused in one sentence', async () => {
    const token = await encodeShare('charter', { id: 'c1', title: 'T', values: withMethodKeys('x'), sharedBy: 'A', sharedAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    const r = await decodeCharter(token, enT);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^[A-Z][^]*\.$/) });
  });
  it('a results link carrying them is refused in one sentence', async () => {
    const token = await encodeShare('reciprocity', { instrument: 'reciprocity-2', name: '', role: 'mentor', stage: 'new', date: NOW.toISOString(), answers: withMethodKeys(3) });
    expect(await decodeResults(token, 'reciprocity-2', enT)).toEqual({ ok: false, error: expect.any(String) });
  });
  it.each<[DocType<unknown>, unknown]>([
    [charterDocType, { title: 'T', values: withMethodKeys('x'), revisions: [] }],
    [assessmentDocType, { role: 'mentor', stage: 'new', name: '', status: 'draft', instrument: 'reciprocity-2', answers: withMethodKeys(3) }],
    [reflectionDocType, { checklistId: 'a', checklistTitle: 'A', date: '2026-10-01', ticks: withMethodKeys(true), notes: withMethodKeys('n') }],
  ])('a stored or imported %s carrying them is refused with one clear message', (docType, data) => {
    const doc = makeDocument(docType, data, NOW, 'd1');
    const read = parseDocument(docType, JSON.stringify(doc));
    expect(english(read)).toMatchObject({ ok: false, error: expect.stringContaining('reserved') });
    const parsed = parseBackup(file([JSON.parse(JSON.stringify(doc))]), 100, DOC_TYPES);
    expect(parsed.ok && { ...parsed, rejected: parsed.rejected.map(english) }).toMatchObject({ ok: true, valid: [], rejected: [{ reason: expect.stringContaining('reserved') }] });
  });
  it('the Markdown export never throws on them', () => {
    const values = withMethodKeys('An answer') as never;
    expect(() => charterMarkdown(enT, def, { title: '', values }, 'Tandem', 'today', undefined, {})).not.toThrow();
  });
});

describe('deeply nested documents', () => {
  it('are refused on import with a reason, never thrown', () => {
    const nested = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const text = `{"format":"${BACKUP_FORMAT}","formatVersion":1,"documents":[{"type":"charter","v":99,"id":"c1","createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z","data":${nested}}]}`;
    const parsed = parseBackup(text, 100, DOC_TYPES);
    expect(parsed.ok && { ...parsed, rejected: parsed.rejected.map(english) }).toMatchObject({ ok: true, valid: [], foreign: [], rejected: [{ reason: expect.stringContaining('nested') }] });
  });
});
