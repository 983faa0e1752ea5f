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
});
export type Meta = v.InferOutput<typeof metaSchema>;

export const DEFAULT_META: Meta = { v: 1 };

/** Read stored bookkeeping; never throws. A damaged value reads as the default. */
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
  const since = lastExportAt && isInstant(lastExportAt) ? Date.parse(lastExportAt) : Number.NEGATIVE_INFINITY;
  const unexported = updatedAts.filter(isInstant).map((u) => Date.parse(u)).filter((t) => t > since);
  if (unexported.length === 0) return null;
  const oldest = Math.min(...unexported);
  return now.getTime() - oldest > EXPORT_REMINDER_DAYS * 24 * 60 * 60 * 1000 ? new Date(oldest) : null;
}
