import { readDocument, isNewer, type DocType, type Envelope } from './envelope';

/**
 * The export file: one JSON object.
 *   { "format": "tandem-backup", "formatVersion": 1, "appVersion": "0.1.0",
 *     "exportedAt": "2026-11-21T10:00:00.000Z", "documents": [ <envelope>, … ] }
 * Each document is the envelope stored in the browser: { type, v, id, createdAt, updatedAt, data }.
 */
export const BACKUP_FORMAT = 'tandem-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  documents: Envelope[];
}

export function buildBackup(documents: Envelope[], appVersion: string, now: Date): BackupFile {
  const sorted = [...documents].sort((a, b) => a.type.localeCompare(b.type) || a.createdAt.localeCompare(b.createdAt));
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, appVersion, exportedAt: now.toISOString(), documents: sorted };
}

/** tandem-backup-2026-11-21.json, in the user's local date. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `tandem-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export interface RejectedDocument {
  index: number;
  type: string | undefined;
  id: string | undefined;
  reason: string;
}

export type ParsedBackup =
  | { ok: false; error: string }
  | { ok: true; exportedAt: string; appVersion: string; valid: Envelope[]; rejected: RejectedDocument[]; withMarkup: number };

const MARKUP = /<\s*\/?\s*[a-z!][^>]*>|javascript:|\bon[a-z]+\s*=/i;

/** Does any string inside `value` look like HTML or script? */
export function containsMarkup(value: unknown): boolean {
  if (typeof value === 'string') return MARKUP.test(value);
  if (Array.isArray(value)) return value.some(containsMarkup);
  if (value && typeof value === 'object') return Object.values(value).some(containsMarkup);
  return false;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Read an import file's text. Every failure gets one plain message and nothing else happens;
 * documents that fail validation are listed, and the valid ones can still be imported.
 */
export function parseBackup(text: string, byteSize: number, types: readonly DocType<unknown>[]): ParsedBackup {
  if (byteSize > MAX_IMPORT_BYTES) {
    return { ok: false, error: `This file is ${(byteSize / 1024 / 1024).toFixed(1)} MB; Tandem imports files of up to 5 MB. Nothing was imported.` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a Tandem backup: it is not valid JSON. Nothing was imported.' };
  }
  const file = value as Partial<BackupFile> | null;
  if (!file || typeof file !== 'object' || Array.isArray(file) || file.format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This file is not a Tandem backup (it has no "format": "tandem-backup"). Nothing was imported.' };
  }
  if (typeof file.formatVersion !== 'number' || !Number.isInteger(file.formatVersion) || file.formatVersion < 1) {
    return { ok: false, error: 'This backup has no valid format version. Nothing was imported.' };
  }
  if (file.formatVersion > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer version of Tandem (backup format ${file.formatVersion}; this version reads format ${BACKUP_FORMAT_VERSION}). Update this handbook, then import it again. Nothing was imported.`,
    };
  }
  if (!Array.isArray(file.documents)) {
    return { ok: false, error: 'This backup has no list of documents. Nothing was imported.' };
  }
  const byType = new Map(types.map((t) => [t.type, t]));
  const valid: Envelope[] = [];
  const rejected: RejectedDocument[] = [];
  const seen = new Set<string>();
  file.documents.forEach((raw, index) => {
    const r = raw as Partial<Envelope> | null;
    const type = str(r?.type);
    const id = str(r?.id);
    const docType = type ? byType.get(type) : undefined;
    if (!docType) {
      rejected.push({ index, type, id, reason: type ? `unknown kind of document “${type}”` : 'not a Tandem document' });
      return;
    }
    const read = readDocument(docType, raw);
    if (!read.ok) {
      rejected.push({ index, type, id, reason: read.error });
      return;
    }
    const key = `${read.doc.type}:${read.doc.id}`;
    if (seen.has(key)) {
      rejected.push({ index, type, id, reason: 'appears twice in the file' });
      return;
    }
    seen.add(key);
    valid.push(read.doc);
  });
  return {
    ok: true,
    exportedAt: str(file.exportedAt) ?? '',
    appVersion: str(file.appVersion) ?? '',
    valid,
    rejected,
    withMarkup: valid.filter((d) => containsMarkup(d.data)).length,
  };
}

export interface ImportPlan {
  /** Not in this browser yet. */
  add: Envelope[];
  /** In this browser, but the file's copy is newer: it replaces mine. */
  replace: { incoming: Envelope; current: Envelope }[];
  /** In this browser with a newer copy: mine is kept, the file's is skipped. */
  keepMine: { incoming: Envelope; current: Envelope }[];
  /** The same version is already here. */
  same: Envelope[];
}

/** Decide, document by document, what an import would do: the newer copy by updatedAt wins. */
export function planImport(incoming: Envelope[], current: (type: string, id: string) => Envelope | undefined): ImportPlan {
  const plan: ImportPlan = { add: [], replace: [], keepMine: [], same: [] };
  for (const doc of incoming) {
    const mine = current(doc.type, doc.id);
    if (!mine) plan.add.push(doc);
    else if (isNewer(doc, mine)) plan.replace.push({ incoming: doc, current: mine });
    else if (isNewer(mine, doc)) plan.keepMine.push({ incoming: doc, current: mine });
    else plan.same.push(doc);
  }
  return plan;
}

/** The documents an import writes. */
export const importWrites = (plan: ImportPlan): Envelope[] => [...plan.add, ...plan.replace.map((r) => r.incoming)];
