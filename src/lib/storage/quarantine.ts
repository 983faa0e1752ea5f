import * as v from 'valibot';

/** A stored value that could not be read, kept word for word so nothing is lost. */
export interface QuarantineRecord {
  /** The key it was stored under. */
  from: string;
  /** Why it could not be read. */
  reason: string;
  quarantinedAt: string;
  /** The stored text, exactly as it was. */
  raw: string;
}

const recordSchema = v.object({ from: v.string(), reason: v.string(), quarantinedAt: v.string(), raw: v.string() });

/** A short, stable fingerprint of a text (FNV-1a, 32 bits, base 36), to name quarantine keys. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function decodeQuarantine(raw: string): QuarantineRecord {
  try {
    const r = v.safeParse(recordSchema, JSON.parse(raw));
    if (r.success) return r.output;
  } catch {
    // fall through: even a damaged quarantine record is shown as it is
  }
  return { from: 'unknown', reason: 'unreadable', quarantinedAt: '', raw };
}

/** The text of the download offered for unreadable data. */
export function quarantineDownload(records: readonly QuarantineRecord[], now: Date): string {
  return JSON.stringify(
    {
      format: 'tandem-unreadable-data',
      note: 'Saved data Tandem could not read, exactly as it was stored. Keep this file; it may be recoverable by hand.',
      savedAt: now.toISOString(),
      items: records,
    },
    null,
    2,
  );
}
