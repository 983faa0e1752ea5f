import * as v from 'valibot';
import { instantSchema, isInstant } from '../dates';

/** Bookkeeping kept next to the documents (not exported). */
const metaSchema = v.looseObject({
  v: v.literal(1),
  /** When everything was last exported from this browser. */
  lastExportAt: v.optional(instantSchema),
  /** When the browser was asked to keep the data (navigator.storage.persist). */
  persistAskedAt: v.optional(instantSchema),
  /** When this deployment copied the documents earlier versions kept in the shared namespace. */
  adoptedLegacyAt: v.optional(instantSchema),
  /**
   * In the shared namespace (the deployment at /): when a version that keeps deployments apart first
   * ran. Documents made there after it are that deployment's own, and never copied to another.
   */
  namespacedAt: v.optional(instantSchema),
  /**
   * Under a sub-path: the documents copied from the shared namespace, by their key there, with a
   * fingerprint of what was copied. Deleting the copy here also deletes the original, if the
   * original is still exactly what was copied (so delete means delete).
   */
  adopted: v.optional(v.record(v.string(), v.string())),
});
export type Meta = v.InferOutput<typeof metaSchema>;

export const DEFAULT_META: Meta = { v: 1 };

/** Read stored bookkeeping; never throws. A damaged value reads as the default. */
export function decodeMeta(raw: string): Meta | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    const r = v.safeParse(metaSchema, value);
    if (r.success) return r.output;
    // A newer version's bookkeeping: what this version understands of it.
    if (isNewerMeta(raw) && value && typeof value === 'object') {
      const { lastExportAt, persistAskedAt } = value as Record<string, unknown>;
      return { v: 1, ...(isInstant(lastExportAt) ? { lastExportAt } : {}), ...(isInstant(persistAskedAt) ? { persistAskedAt } : {}) };
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** Was this bookkeeping written by a newer version? Then this version reads it but never writes over it. */
export function isNewerMeta(raw: string): boolean {
  try {
    const value = JSON.parse(raw) as { v?: unknown } | null;
    return !!value && typeof value.v === 'number' && value.v > 1;
  } catch {
    return false;
  }
}

/** A short, stable fingerprint of a text (FNV-1a, 32 bits, base 36). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export const EXPORT_REMINDER_DAYS = 30;

/**
 * When to remind someone to export: they have changes that no export file holds, and the oldest
 * of them is more than 30 days old. Returns the date of that oldest unexported change, or null.
 */
export function exportReminder(updatedAts: readonly string[], lastExportAt: string | undefined, now: Date): Date | null {
  const since = lastExportAt && isInstant(lastExportAt) ? Date.parse(lastExportAt) : Number.NEGATIVE_INFINITY;
  const unexported = updatedAts.filter(isInstant).map((u) => Date.parse(u)).filter((t) => t > since);
  if (unexported.length === 0) return null;
  const oldest = Math.min(...unexported);
  return now.getTime() - oldest > EXPORT_REMINDER_DAYS * 24 * 60 * 60 * 1000 ? new Date(oldest) : null;
}
