import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeCharter, encodeCharter, receiverSide, toShared, tokenFromFile, shareFileText, type SharedCharter } from '../../src/lib/charter/share';
import type { CharterDoc } from '../../src/lib/docs/charter-doc';
import { crc32, decodeShare, encodeShare, fromBase64Url, readShareFragment, shareFragment, toBase64Url } from '../../src/lib/share';
import { enT } from '../helpers/strings';
import { english, inEnglish } from '../helpers/said';

const charter = (values: SharedCharter['values']): SharedCharter => ({
  id: 'k3v9x2q8m1c7d0f4',
  title: 'Amara & Tomasz',
  values,
  sharedBy: 'Amara Okafor',
  sharedAt: '2026-11-21T10:00:00.000Z',
  updatedAt: '2026-11-21T09:59:00.000Z',
});

describe('share links', () => {
  it('round-trip Unicode, emoji, right-to-left text and 20,000-character fields', async () => {
    const shared = charter({
      'partners.mentorName': 'Zoë Ødegaard-Nguyễn',
      'partners.menteeName': 'مريم الحسيني',
      'purpose.purpose': 'שיתוף 🙌🏽 und 日本語 — “quotes” & <tags>',
      'boundaries.inScope': 'x'.repeat(20_000),
      'boundaries.offLimits': Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(0x400 + (i % 200))).join(''),
      'objectives.mentee': [{ id: 'g1', text: 'Goal', success: '✓', milestones: [{ id: 'm1', date: '2026-12-01', text: '🎯' }] }],
    });
    const token = await encodeCharter(shared);
    expect(token).toMatch(/^1\.c\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    const back = await decodeCharter(token, enT);
    expect(back).toEqual({ ok: true, charter: shared });
  });

  it('a link says which of the two sent it, so the copy saved from it is the other’s; older links say nothing and are still read', async () => {
    const doc = {
      id: 'k3v9x2q8m1c7d0f4',
      updatedAt: '2026-11-21T09:59:00.000Z',
      data: { title: 'A', values: {}, revisions: [], me: 'mentor' },
    } as unknown as CharterDoc;
    const fromMentor = toShared(doc, 'Tomasz', new Date('2026-11-21T10:00:00Z'), 'mentor');
    const back = await decodeCharter(await encodeCharter(fromMentor), enT);
    expect(back.ok && back.charter.sharedAs).toBe('mentor');
    expect(back.ok && receiverSide(back.charter)).toBe('mentee');
    expect(receiverSide({ sharedAs: 'mentee' })).toBe('mentor');
    // Only the text and who sent it travel: this copy's own side stays here.
    expect(JSON.stringify(fromMentor)).not.toContain('"me"');
    const old = await decodeCharter(await encodeCharter(charter({ 'purpose.purpose': 'Grow' })), enT);
    expect(old.ok && receiverSide(old.charter)).toBeUndefined();
  });

  it('a name far longer than a link carries is cut to 200 characters, so the partner can still open the agreed version', async () => {
    const long = 'N'.repeat(2_800);
    const doc = { id: 'k3v9x2q8m1c7d0f4', updatedAt: '2026-11-21T09:59:00.000Z', data: { title: '', values: { 'partners.mentorName': long }, revisions: [] } } as unknown as CharterDoc;
    const back = await decodeCharter(await encodeCharter(toShared(doc, long, new Date('2026-11-21T10:00:00Z'), 'mentor', 'agreed', { mentor: long, mentee: 'Jo' })), enT);
    expect(back.ok).toBe(true);
    expect(back.ok && back.charter.sharedBy).toHaveLength(200);
    expect(back.ok && back.charter.agreed?.mentor).toHaveLength(200);
    expect(back.ok && back.charter.values['partners.mentorName']).toBe(long);
  });

  it('carries only written answers: an empty field and a missing one read alike, and the link is shorter', () => {
    const doc = { id: 'k3v9x2q8m1c7d0f4', updatedAt: '2026-11-21T09:59:00.000Z', data: { title: '', values: { 'purpose.purpose': 'Grow', 'roles.notes': '  ', 'objectives.mentee': [] }, revisions: [] } } as unknown as CharterDoc;
    expect(toShared(doc, 'Tomasz', new Date('2026-11-21T10:00:00Z')).values).toEqual({ 'purpose.purpose': 'Grow' });
  });

  it('compresses repetitive text', async () => {
    const token = await encodeCharter(charter({ 'boundaries.inScope': 'mentoring '.repeat(2000) }));
    expect(token.length).toBeLessThan(1000);
  });

  it('a link cut short, by any number of characters, is called damaged or incomplete', async () => {
    const token = await encodeCharter(charter({ 'purpose.purpose': 'Grow' }));
    // Down to nothing at all: a link cut right after “#share=”.
    for (const n of [1, 5, 9, 10, 12, 20, token.length - 5, token.length - 2, token.length - 1, token.length]) {
      const r = await decodeCharter(token.slice(0, token.length - n), enT);
      expect(r.ok).toBe(false);
      expect(!r.ok && inEnglish(r.error), `cut by ${n}`).toMatch(/damaged or incomplete/);
    }
  });

  it('rejects an altered link', async () => {
    const token = await encodeCharter(charter({ 'purpose.purpose': 'Grow' }));
    const [v, k, data, check] = token.split('.') as [string, string, string, string];
    const flipped = data.slice(0, 5) + (data[5] === 'A' ? 'B' : 'A') + data.slice(6);
    expect(await decodeCharter(`${v}.${k}.${flipped}.${check}`, enT)).toMatchObject({ ok: false, error: expect.stringMatching(/damaged or incomplete/) });
    // Even with a recomputed checksum, content that is not a charter is refused.
    const bogus = await encodeShare('charter', { hello: 'world' });
    expect(await decodeCharter(bogus, enT)).toMatchObject({ ok: false, error: expect.stringMatching(/does not hold a charter/) });
  });

  it('rejects foreign links, other kinds and newer versions with one clear message each', async () => {
    expect(await decodeCharter('https://example.com', enT)).toMatchObject({ ok: false, error: 'This is not a share link from this handbook. Nothing was changed.' });
    expect(await decodeCharter('', enT)).toMatchObject({ ok: false });
    const other = await encodeShare('reciprocity', { any: 1 });
    expect(await decodeCharter(other, enT)).toMatchObject({ ok: false, otherKind: 'reciprocity', error: expect.stringMatching(/holds reciprocity results, not a charter/) });
    const body = '2.c.AAAA';
    expect(english(await decodeShare(`${body}.${crc32(body)}`, 'charter'))).toMatchObject({ ok: false, error: expect.stringMatching(/newer version/) });
  });

  it('refuses to inflate a hostile payload past 512 KB, and never makes one', async () => {
    const big = { big: 'a'.repeat(3 * 1024 * 1024) };
    await expect(encodeShare('charter', big)).rejects.toThrow('common.share.charterTooLarge');
    expect(inEnglish('common.share.charterTooLarge')).toMatch(/too long to send/);
    const body = `1.c.${toBase64Url(new Uint8Array(deflateRawSync(Buffer.from(JSON.stringify(big)))))}`;
    expect(english(await decodeShare(`${body}.${crc32(body)}`, 'charter'))).toMatchObject({ ok: false, error: expect.stringMatching(/holds far more than any link/) });
  });

  it('reads and writes the fragment', () => {
    expect(readShareFragment(shareFragment('1.c.abc.0123abcd'))).toBe('1.c.abc.0123abcd');
    expect(readShareFragment('#c=xyz')).toBeNull();
  });

  it('base64url and CRC-32 behave', () => {
    const bytes = new Uint8Array([0, 251, 255, 62, 63]);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(fromBase64Url('not*valid')).toBeNull();
    expect(crc32('The quick brown fox jumps over the lazy dog')).toBe('414fa339');
  });

  it('wraps a token in a file and reads it back', () => {
    expect(tokenFromFile(shareFileText('1.c.x.y'), enT)).toEqual({ token: '1.c.x.y' });
    expect(tokenFromFile('{"format":"other"}', enT)).toEqual({ error: 'This file is not a charter shared from this handbook. Nothing was changed.' });
  });
});
