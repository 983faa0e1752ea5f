import { describe, expect, it } from 'vitest';
import { decodeMeta, exportReminder } from '../../src/lib/storage/meta';
import { decodeQuarantine, fingerprint, quarantineDownload } from '../../src/lib/storage/quarantine';
import { docKey, parseDocKey } from '../../src/lib/storage/keys';

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
    expect(decodeMeta('{"v":2}')).toBeUndefined();
    expect(decodeMeta('nope')).toBeUndefined();
  });
});

describe('quarantine', () => {
  it('fingerprints text stably', () => {
    expect(fingerprint('abc')).toBe(fingerprint('abc'));
    expect(fingerprint('abc')).not.toBe(fingerprint('abd'));
  });
  it('keeps even a damaged record, word for word', () => {
    expect(decodeQuarantine('{{{')).toEqual({ from: 'unknown', reason: 'unreadable', quarantinedAt: '', raw: '{{{' });
  });
  it('makes a download holding the raw text', () => {
    const text = quarantineDownload([{ from: 'tandem:doc:charter:x', reason: 'not valid JSON', quarantinedAt: 'then', raw: '{"broken' }], now);
    expect(JSON.parse(text).items[0].raw).toBe('{"broken');
  });
});

describe('keys', () => {
  it('names and parses document keys', () => {
    expect(docKey('charter', 'abc')).toBe('tandem:doc:charter:abc');
    expect(parseDocKey('tandem:doc:charter:abc')).toEqual({ type: 'charter', id: 'abc' });
    expect(parseDocKey('tandem:meta')).toBeNull();
    expect(parseDocKey('tandem:doc:charter:')).toBeNull();
    expect(parseDocKey('other:doc:x:y')).toBeNull();
  });
});
