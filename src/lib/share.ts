/**
 * Share links: a value carried in the URL fragment (never sent to a server), compact and checked.
 *
 *   #share=1.c.<data>.<check>
 *   1       format version
 *   c | r   what it holds: c = charter, r = reciprocity results
 *   data    the value as JSON, compressed (deflate-raw, CompressionStream) and base64url-encoded
 *   check   CRC-32 of "1.c.<data>" in hex: a cut-off or altered link fails the check
 *
 * Used by the charter builder and the reciprocity comparison alike.
 */

export const SHARE_VERSION = 1;
export const SHARE_KINDS = { charter: 'c', reciprocity: 'r' } as const;
export type ShareKind = keyof typeof SHARE_KINDS;

/** Longest link Tandem offers; past it, a file is offered instead (some apps cut long links). */
export const MAX_LINK_CHARS = 16_000;
/** Refuse to inflate more than this (a guard against a hostile link). */
export const MAX_DECODED_BYTES = 2 * 1024 * 1024;

const KIND_NAMES: Record<ShareKind, string> = { charter: 'a charter', reciprocity: 'reciprocity results' };

let table: Uint32Array | undefined;
export function crc32(text: string): string {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Encode a value as a share token ("1.c.…"). */
export async function encodeShare(kind: ShareKind, value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const data = toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
  const body = `${SHARE_VERSION}.${SHARE_KINDS[kind]}.${data}`;
  return `${body}.${crc32(body)}`;
}

export type ShareResult = { ok: true; kind: ShareKind; value: unknown } | { ok: false; error: string; otherKind?: ShareKind };

const DAMAGED = 'This link is damaged or incomplete: part of it may have been cut off when it was copied. Nothing was changed. Ask your partner to send it again, or to send the file instead.';

/** Decode a share token. Every failure is one plain message; nothing throws. */
export async function decodeShare(token: string, expected: ShareKind): Promise<ShareResult> {
  const parts = token.trim().split('.');
  if (parts.length !== 4 || !/^\d+$/.test(parts[0]!)) {
    // A link that starts like one of ours but has lost its end was cut off when it was copied.
    const ours = /^\d+\.[a-z]\./.test(token.trim()) && Object.values(SHARE_KINDS).some((k) => parts[1] === k);
    return { ok: false, error: ours ? DAMAGED : 'This is not a share link from this handbook. Nothing was changed.' };
  }
  const [version, code, data, check] = parts as [string, string, string, string];
  if (Number(version) > SHARE_VERSION) {
    return { ok: false, error: 'This link was made by a newer version of the handbook than this one, so it cannot be read here. Nothing was changed.' };
  }
  const kind = (Object.keys(SHARE_KINDS) as ShareKind[]).find((k) => SHARE_KINDS[k] === code);
  if (!kind || Number(version) !== SHARE_VERSION) return { ok: false, error: 'This is not a share link from this handbook. Nothing was changed.' };
  if (crc32(`${version}.${code}.${data}`) !== check.toLowerCase()) return { ok: false, error: DAMAGED };
  if (kind !== expected) {
    return { ok: false, otherKind: kind, error: `This link holds ${KIND_NAMES[kind]}, not ${KIND_NAMES[expected]}. Nothing was changed.` };
  }
  const bytes = fromBase64Url(data);
  if (!bytes) return { ok: false, error: DAMAGED };
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_DECODED_BYTES));
    return { ok: true, kind, value: JSON.parse(json) };
  } catch {
    return { ok: false, error: DAMAGED };
  }
}

// Reading and writing the fragment itself lives apart, so a page can see a link without loading
// the code that decodes it.
export { readShareFragment, shareFragment } from './share-fragment';
