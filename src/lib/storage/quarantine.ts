import type { UnreadableValue } from './doc-store';

/** The text of the download offered for values that cannot be read, each exactly as stored. */
export function unreadableDownload(items: readonly UnreadableValue[], now: Date): string {
  return JSON.stringify(
    {
      format: 'tandem-unreadable-data',
      note: 'Saved data this handbook could not read, exactly as it was stored. Keep this file; it may be recoverable by hand.',
      savedAt: now.toISOString(),
      items: items.map(({ from, reason, raw }) => ({ from, reason, raw })),
    },
    null,
    2,
  );
}
