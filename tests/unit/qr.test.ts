import { describe, expect, it } from 'vitest';
import { MAX_QR_CHARS, qrPicture } from '../../src/lib/qr';

describe('a link as a QR code', () => {
  it('draws a typical charter link (about 900 characters) with its quiet zone', () => {
    const link = `https://mentoring.example.org/tools/charter/#share=1.c.${'A'.repeat(860)}.0123abcd`;
    const qr = qrPicture(link)!;
    expect(qr.size).toBeGreaterThan(40);
    expect(qr.size).toBeLessThan(120);
    // The quiet zone (four modules on each side) is empty; the finder pattern's corner is dark.
    expect(qr.path).toContain('M4 4h1v1h-1z');
    expect(qr.path).not.toMatch(/M[0-3] /);
  });
  it('gives none for a link too long for a QR code, so the page offers copy or a file instead', () => {
    expect(qrPicture('x'.repeat(MAX_QR_CHARS + 1))).toBeNull();
    expect(qrPicture('x'.repeat(MAX_QR_CHARS))).not.toBeNull();
  });
});
