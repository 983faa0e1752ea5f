import { describe, expect, it } from 'vitest';
import { DOC_TYPES, charterDocType } from '../../src/lib/docs';
import { BACKUP_FORMAT, MAX_IMPORT_BYTES, backupFileName, buildBackup, containsMarkup, parseBackup, planImport, type ParsedBackup } from '../../src/lib/storage/backup';
import { makeDocument, type Envelope } from '../../src/lib/storage/envelope';
import { fileSlug } from '../../src/lib/format';
import { say } from '../../src/lib/storage/said';
import { enT } from '../helpers/strings';

const charter = (id: string, updatedAt: string, title = 'A charter'): Envelope => ({
  ...makeDocument(charterDocType, { title, values: {}, revisions: [] }, new Date('2026-01-01T00:00:00.000Z'), id),
  updatedAt,
});

const file = (documents: unknown[], extra: object = {}) => JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, appVersion: '0.1.0', exportedAt: '2026-02-01T00:00:00.000Z', documents, ...extra });
/** A parse failure's message in English, as My data shows it. */
const inEnglish = (r: ParsedBackup) => (r.ok ? r : { ok: false, error: say(enT, r.error) });
const parse = (text: string, size = text.length) => parseBackup(text, size, DOC_TYPES);
/** The same, its failure in English. */
const failure = (text: string, size = text.length) => inEnglish(parse(text, size));

describe('export file', () => {
  it('holds the documented envelope, documents sorted by type', () => {
    const b = buildBackup([charter('b', '2026-01-02T00:00:00.000Z')], [], '0.1.0', new Date('2026-02-03T04:05:06.000Z'));
    expect(b).toEqual({ format: 'tandem-backup', formatVersion: 1, appVersion: '0.1.0', exportedAt: '2026-02-03T04:05:06.000Z', documents: [charter('b', '2026-01-02T00:00:00.000Z')] });
  });
  it('is named with the date', () => {
    expect(backupFileName(enT, new Date(2026, 10, 5, 23, 59))).toBe('tandem-backup-2026-11-05.json');
  });
  it('is named after the programme', () => {
    expect(backupFileName(enT, new Date(2026, 10, 5), fileSlug('Harbour Mentoring'))).toBe('harbour-mentoring-backup-2026-11-05.json');
    expect(fileSlug('Équipe Santé · 2027')).toBe('equipe-sante-2027');
    expect(fileSlug('メンター')).toBe('メンター');
    expect(fileSlug('!!!')).toBe('handbook');
  });
  it('round-trips through import', () => {
    const docs = [charter('a1', '2026-01-02T00:00:00.000Z', 'Ümlaut 🙂 עברית')];
    const parsed = parse(JSON.stringify(buildBackup(docs, [], '0.1.0', new Date())));
    expect(parsed).toMatchObject({ ok: true, valid: docs, rejected: [] });
  });
});

describe('import failures: one clear message each', () => {
  it('a file over 5 MB', () => {
    const r = failure('{}', MAX_IMPORT_BYTES + 1);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/up to 5 MB\. Nothing was imported\./) });
  });
  it('not JSON', () => {
    expect(failure('this is a shopping list')).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
  });
  it('names the programme', () => {
    expect(inEnglish(parseBackup('{"name":"my photos"}', 20, DOC_TYPES, 'Harbour'))).toEqual({ ok: false, error: expect.stringMatching(/^This file is not a Harbour backup/) });
  });
  it('JSON but not a Tandem file', () => {
    expect(failure('{"name":"my photos"}')).toEqual({ ok: false, error: expect.stringMatching(/not a Tandem backup/) });
    expect(failure('[1,2,3]')).toEqual({ ok: false, error: expect.stringMatching(/not a Tandem backup/) });
    expect(failure('null')).toEqual({ ok: false, error: expect.stringMatching(/not a Tandem backup/) });
  });
  it('a newer format than this version understands', () => {
    expect(failure(file([], { formatVersion: 2 }))).toEqual({ ok: false, error: expect.stringMatching(/newer version of the handbook \(backup format 2; this version reads format 1\)/) });
  });
  it('no document list or no format version', () => {
    expect(failure(file([], { documents: 'x' }))).toEqual({ ok: false, error: expect.stringMatching(/no list of documents/) });
    expect(failure(file([], { formatVersion: '1' }))).toEqual({ ok: false, error: expect.stringMatching(/no valid format version/) });
  });
  it('invalid documents are listed, valid ones still import; newer versions and unknown kinds are carried as they are', () => {
    const good = charter('good1', '2026-01-02T00:00:00.000Z');
    const future = { ...good, id: 'fut1', v: 7, data: { anything: true } };
    const spaceship = { type: 'spaceship', v: 1, id: 'x', createdAt: good.createdAt, updatedAt: good.updatedAt, data: {} };
    const r = parse(file([good, { ...good, id: 'bad1', data: { title: 7 } }, { type: 'spaceship', id: 'x' }, 'text', good, future, spaceship]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.valid).toEqual([good]);
    expect(r.rejected.map((x) => [x.index, say(enT, x.reason).split(' (')[0]])).toEqual([
      [1, 'its content is not valid'],
      [2, 'not a valid document'],
      [3, 'not a valid document'],
    ]);
    expect(r.foreign.map((f) => [f.type, f.id, JSON.parse(f.raw)])).toEqual([
      ['charter', 'fut1', future],
      ['spaceship', 'x', spaceship],
    ]);
  });
  it('keeps the newer of two copies of one document in a file', () => {
    const older = charter('twice', '2026-01-02T00:00:00.000Z', 'Older');
    const newer = charter('twice', '2026-01-05T00:00:00.000Z', 'Newer');
    for (const order of [[older, newer], [newer, older]]) {
      const r = parse(file(order));
      expect(r.ok && r.valid.map((d) => (d.data as { title: string }).title)).toEqual(['Newer']);
    }
  });
  it('an exportedAt that is not a date is ignored, never fatal', () => {
    const r = parse(file([], { exportedAt: 'yesterday' }));
    expect(r).toMatchObject({ ok: true, exportedAt: undefined });
  });
  it('names the documents holding characters that could not be read', () => {
    const r = parse(file([charter('enc1', '2026-01-02T00:00:00.000Z', 'Caf\uFFFD'), charter('enc2', '2026-01-02T00:00:00.000Z', 'Café')]));
    expect(r.ok && r.garbled.map((d) => d.id)).toEqual(['enc1']);
  });
  it('strings with markup are counted, and kept as they are', () => {
    const xss = charter('xss1', '2026-01-02T00:00:00.000Z', '<img src=x onerror=alert(1)>');
    const r = parse(file([xss]));
    expect(r.ok && r.withMarkup).toBe(1);
    expect(r.ok && (r.valid[0]!.data as { title: string }).title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('containsMarkup', () => {
  it('finds tags, javascript: URLs and event handlers anywhere inside', () => {
    expect(containsMarkup({ a: [{ b: '"><script>alert(1)</script>' }] })).toBe(true);
    expect(containsMarkup('javascript:alert(1)')).toBe(true);
    expect(containsMarkup('x onload= y')).toBe(true);
    expect(containsMarkup({ a: 'Ratio < 3 and > 1', b: 5 })).toBe(false);
  });
});

describe('planImport: the newer copy of each document wins', () => {
  it('adds, replaces older, keeps newer, skips identical', () => {
    const mine = new Map<string, Envelope>([
      ['older', charter('older', '2026-01-01T00:00:00.000Z')],
      ['newer', charter('newer', '2026-03-01T00:00:00.000Z')],
      ['same', charter('same', '2026-02-01T00:00:00.000Z')],
    ]);
    const incoming = [
      charter('fresh', '2026-02-01T00:00:00.000Z'),
      charter('older', '2026-02-01T00:00:00.000Z'),
      charter('newer', '2026-02-01T00:00:00.000Z'),
      charter('same', '2026-02-01T00:00:00.000Z'),
    ];
    const plan = planImport(incoming, (_t, id) => mine.get(id));
    expect(plan.add.map((d) => d.id)).toEqual(['fresh']);
    expect(plan.replace.map((r) => r.incoming.id)).toEqual(['older']);
    expect(plan.keepMine.map((r) => r.current.id)).toEqual(['newer']);
    expect(plan.same.map((d) => d.id)).toEqual(['same']);
  });
});
