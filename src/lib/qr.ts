/**
 * A link as a QR code, for a partner in the same room to open on their phone. The code is drawn as
 * one SVG path of dark squares. Uses uqr (a small, dependency-free encoder); loaded only when a QR
 * code is asked for.
 */
import { encode } from 'uqr';

/** The longest link a QR code holds here (binary mode, low error correction, version 40 holds 2,953 bytes). */
export const MAX_QR_CHARS = 2_900;

export interface QrPicture {
  /** Width and height in modules, the quiet zone included. */
  size: number;
  /** An SVG path drawing every dark module as a 1×1 square. */
  path: string;
}

/** The QR code of `text`, or null when it is too long for one (then the link is copied or sent instead). */
export function qrPicture(text: string): QrPicture | null {
  if (text.length > MAX_QR_CHARS) return null;
  let qr;
  try {
    qr = encode(text, { ecc: 'L', border: 4 });
  } catch {
    return null;
  }
  const parts: string[] = [];
  qr.data.forEach((row, y) => row.forEach((dark, x) => dark && parts.push(`M${x} ${y}h1v1h-1z`)));
  return { size: qr.size, path: parts.join('') };
}
