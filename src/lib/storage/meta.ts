import * as v from 'valibot';

/** Bookkeeping kept next to the documents (not exported): when the user last exported, etc. */
export interface Meta {
  v: 1;
  lastExportAt?: string | undefined;
  persistAskedAt?: string | undefined;
}

export const DEFAULT_META: Meta = { v: 1 };

const metaSchema = v.object({
  v: v.literal(1),
  lastExportAt: v.optional(v.string()),
  persistAskedAt: v.optional(v.string()),
});

export function decodeMeta(raw: string): Meta | undefined {
  try {
    const r = v.safeParse(metaSchema, JSON.parse(raw));
    return r.success ? r.output : undefined;
  } catch {
    return undefined;
  }
}

export const EXPORT_REMINDER_DAYS = 30;

/**
 * When to remind someone to export: they have changes that no export file holds, and the oldest
 * of them is more than 30 days old. Returns the date of that oldest unexported change, or null.
 */
export function exportReminder(updatedAts: readonly string[], lastExportAt: string | undefined, now: Date): Date | null {
  const since = lastExportAt ? Date.parse(lastExportAt) : Number.NEGATIVE_INFINITY;
  const unexported = updatedAts.map((u) => Date.parse(u)).filter((t) => t > since);
  if (unexported.length === 0) return null;
  const oldest = Math.min(...unexported);
  return now.getTime() - oldest > EXPORT_REMINDER_DAYS * 24 * 60 * 60 * 1000 ? new Date(oldest) : null;
}
