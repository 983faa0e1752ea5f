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
/**
 * Longest token read, from a link or a file (a file's token opens as a link too), and the longest
 * the handbook makes. Six times the longest link: about 75 KB compressed, which at the usual
 * compression of text is well over 200 KB of writing, many times the longest charter people write.
 * A longer token is refused before anything is decompressed.
 */
export const MAX_TOKEN_CHARS = 100_000;
/**
 * The most a token may hold once decompressed (its JSON, in bytes): decompression stops past it, so
 * a small hostile link cannot expand into hundreds of megabytes. The handbook makes nothing larger.
 */
export const MAX_DECODED_BYTES = 512 * 1024;

/**
 * Raised by encodeShare when a value is past the limits above. Its message is the key of one sentence
 * for the person (common.share.*): show it with `t(e.message)`.
 */
export class ShareTooLargeError extends Error {
  override name = 'ShareTooLargeError';
}

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

async function compress(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
}

/**
 * Compressed bytes fed to the decompressor at a time. Deflate expands at most about 1,032 times, so
 * one piece makes at most about 1 MB, however the browser buffers what it has not been asked for.
 */
const INFLATE_PIECE = 1024;

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large'; inflated: number } | { ok: false; reason: 'damaged' };

/**
 * Decompress deflate-raw data, stopping as soon as the output passes `limit` bytes (`inflated` says
 * how much had been read then). Never throws.
 */
export async function inflateAtMost(bytes: Uint8Array, limit: number): Promise<Inflated> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  // Fed piece by piece while the output is read, so writing waits for reading.
  const feeding = (async () => {
    for (let at = 0; at < bytes.length && !stopped; at += INFLATE_PIECE) await writer.write(bytes.slice(at, at + INFLATE_PIECE));
    if (!stopped) await writer.close();
  })().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        stopped = true;
        await Promise.all([reader.cancel().catch(() => undefined), writer.abort().catch(() => undefined)]);
        return { ok: false, reason: 'too-large', inflated: size };
      }
      chunks.push(value);
    }
  } catch {
    stopped = true;
    await writer.abort().catch(() => undefined);
    return { ok: false, reason: 'damaged' };
  }
  await feeding;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes: out };
}

const TOO_LARGE_TO_SEND = {
  charter: 'common.share.charterTooLarge',
  reciprocity: 'common.share.resultsTooLarge',
} as const satisfies Record<ShareKind, string>;

/**
 * Encode a value as a share token ("1.c.…"). Past the limits a token is read with (MAX_DECODED_BYTES
 * of JSON, MAX_TOKEN_CHARS), it rejects with a ShareTooLargeError: the handbook never makes a link
 * or file it would refuse to open.
 */
export async function encodeShare(kind: ShareKind, value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  if (json.length > MAX_DECODED_BYTES) throw new ShareTooLargeError(TOO_LARGE_TO_SEND[kind]);
  const data = toBase64Url(await compress(json));
  const body = `${SHARE_VERSION}.${SHARE_KINDS[kind]}.${data}`;
  const token = `${body}.${crc32(body)}`;
  if (token.length > MAX_TOKEN_CHARS) throw new ShareTooLargeError(TOO_LARGE_TO_SEND[kind]);
  return token;
}

/** A failure's `error` is the key of one sentence for the person (common.share.*): show it with `t(error)`. */
export type ShareResult = { ok: true; kind: ShareKind; value: unknown } | { ok: false; error: string; otherKind?: ShareKind };

const TOO_LONG = 'common.share.tooLong';
const TOO_MUCH = 'common.share.tooMuch';
const DAMAGED = 'common.share.damaged';
const NOT_OURS = 'common.share.notOurs';
/** A link that holds the other kind of thing, by what it holds. */
const HOLDS_OTHER = { charter: 'common.share.holdsCharter', reciprocity: 'common.share.holdsResults' } as const satisfies Record<ShareKind, string>;

/** Decode a share token. Every failure is one plain message (a key); nothing throws. */
export async function decodeShare(token: string, expected: ShareKind): Promise<ShareResult> {
  // Before anything else: a token far longer than the handbook makes is not read at all.
  if (token.length > MAX_TOKEN_CHARS + 100) return { ok: false, error: TOO_LONG };
  const parts = token.trim().split('.');
  if (parts.length !== 4 || !/^\d+$/.test(parts[0]!)) {
    // A link that starts like one of ours but has lost its end (down to nothing after “#share=”) was
    // cut off when it was copied.
    const t = token.trim();
    const ours = /^(\d+\.?)?$/.test(t) || (/^\d+\.[a-z]\.?/.test(t) && Object.values(SHARE_KINDS).some((k) => parts[1] === k));
    return { ok: false, error: ours ? DAMAGED : NOT_OURS };
  }
  const [version, code, data, check] = parts as [string, string, string, string];
  if (Number(version) > SHARE_VERSION) {
    return { ok: false, error: 'common.share.newer' };
  }
  const kind = (Object.keys(SHARE_KINDS) as ShareKind[]).find((k) => SHARE_KINDS[k] === code);
  if (!kind || Number(version) !== SHARE_VERSION) return { ok: false, error: NOT_OURS };
  if (crc32(`${version}.${code}.${data}`) !== check.toLowerCase()) return { ok: false, error: DAMAGED };
  if (kind !== expected) {
    return { ok: false, otherKind: kind, error: HOLDS_OTHER[kind] };
  }
  const bytes = fromBase64Url(data);
  if (!bytes) return { ok: false, error: DAMAGED };
  const inflated = await inflateAtMost(bytes, MAX_DECODED_BYTES);
  if (!inflated.ok) return { ok: false, error: inflated.reason === 'too-large' ? TOO_MUCH : DAMAGED };
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
    return { ok: true, kind, value: JSON.parse(json) };
  } catch {
    return { ok: false, error: DAMAGED };
  }
}

// Reading and writing the fragment itself lives apart, so a page can see a link without loading
// the code that decodes it.
export { readShareFragment, shareFragment } from './share-fragment';
