import { describe, expect, it } from 'vitest';
import { decodeMeta, exportReminder } from '../../src/lib/storage/meta';
import { unreadableDownload } from '../../src/lib/storage/quarantine';
import { LEGACY_NAMESPACE, keysFor, namespaceFor } from '../../src/lib/storage/keys';
import { enT } from '../helpers/strings';

const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-21T12:00:00.000Z');
const ago = (days: number) => new Date(now.getTime() - days * day).toISOString();

describe('exportReminder', () => {
  it('reminds when unexported work is older than 30 days', () => {
    expect(exportReminder([ago(31), ago(2)], undefined, now)?.toISOString()).toBe(ago(31));
  });
  it('stays quiet for recent work, or work already exported', () => {
    expect(exportReminder([ago(29)], undefined, now)).toBeNull();
    expect(exportReminder([ago(40)], ago(35), now)).toBeNull();
    expect(exportReminder([], undefined, now)).toBeNull();
  });
  it('counts only changes after the last export', () => {
    expect(exportReminder([ago(40), ago(32)], ago(35), now)?.toISOString()).toBe(ago(32));
  });
});

describe('meta', () => {
  it('decodes valid settings and rejects anything else', () => {
    expect(decodeMeta('{"v":1,"lastExportAt":"2026-01-01T00:00:00.000Z"}')).toEqual({ v: 1, lastExportAt: '2026-01-01T00:00:00.000Z' });
    // A newer version's bookkeeping: read for what this version understands.
    expect(decodeMeta('{"v":2,"lastExportAt":"2026-01-01T00:00:00.000Z","x":1}')).toEqual({ v: 1, lastExportAt: '2026-01-01T00:00:00.000Z' });
    expect(decodeMeta('{"v":1,"lastExportAt":"yesterday"}')).toBeUndefined();
    expect(decodeMeta('nope')).toBeUndefined();
  });
});

describe('unreadable values', () => {
  it('makes a download holding the raw text', () => {
    const text = unreadableDownload(enT, [{ key: 'tandem:doc:charter:x', from: 'tandem:doc:charter:x', reason: { key: 'common.docs.notJson' }, raw: '{"broken' }], now);
    expect(JSON.parse(text).items[0]).toEqual({ from: 'tandem:doc:charter:x', reason: 'not valid JSON', raw: '{"broken' });
  });
});

describe('keys', () => {
  const { docKey, parseDocKey, owns } = keysFor(LEGACY_NAMESPACE);
  it('names and parses document keys', () => {
    expect(docKey('charter', 'abc')).toBe('tandem:doc:charter:abc');
    expect(parseDocKey('tandem:doc:charter:abc')).toEqual({ type: 'charter', id: 'abc' });
    expect(parseDocKey('tandem:meta')).toBeNull();
    expect(parseDocKey('tandem:doc:charter:')).toBeNull();
    expect(parseDocKey('other:doc:x:y')).toBeNull();
  });
  it('gives each deployment its own namespace; the one at / keeps the keys earlier versions used', () => {
    expect(namespaceFor('/')).toBe('tandem:');
    expect(namespaceFor('')).toBe('tandem:');
    expect(namespaceFor('/handbook/')).toBe('tandem/handbook:');
    expect(namespaceFor('/handbook')).toBe('tandem/handbook:');
    expect(namespaceFor('/a/b/')).toBe('tandem/a/b:');
    const sub = keysFor(namespaceFor('/handbook/'));
    const nested = keysFor(namespaceFor('/handbook/b/'));
    expect(sub.docKey('charter', 'x')).toBe('tandem/handbook:doc:charter:x');
    // No deployment's keys fall inside another's namespace.
    expect(owns(sub.docKey('charter', 'x'))).toBe(false);
    expect(sub.owns(docKey('charter', 'x'))).toBe(false);
    expect(sub.owns(nested.docKey('charter', 'x'))).toBe(false);
    expect(nested.owns(sub.docKey('charter', 'x'))).toBe(false);
  });
});

describe('“Delete everything” names what it deletes', () => {
  it('every kind of document the handbook stores, session records included', async () => {
    const { DOC_TYPES, everyKind } = await import('../../src/lib/docs');
    expect(everyKind(enT)).toBe('charters, reciprocity self-assessments, reflection entries and session records');
    for (const t of DOC_TYPES) expect(everyKind(enT)).toContain(t.plural.toLowerCase());
  });
});
