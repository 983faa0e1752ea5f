import * as v from 'valibot';
import { isInstant } from '../dates';
import { envelopeSchema, describeIssue, isNewer, readDocument, type DocType, type Envelope } from './envelope';
import type { Said } from './said';
import type { Translate } from '../i18n/messages';

/**
 * The export file: one JSON object.
 *   { "format": "tandem-backup", "formatVersion": 1, "appVersion": "0.1.0",
 *     "exportedAt": "2026-11-21T10:00:00.000Z", "documents": [ <envelope>, … ] }
 * Each document is the envelope stored in the browser: { type, v, id, createdAt, updatedAt, data }.
 * Documents saved by a newer version of the handbook are included exactly as they are stored.
 */
export const BACKUP_FORMAT = 'tandem-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const backupSchema = v.looseObject({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The version of the handbook that wrote the file (informative: anything but text is ignored). */
  appVersion: v.optional(v.unknown()),
  /** When it was exported (informative: a damaged value is ignored). */
  exportedAt: v.optional(v.unknown()),
  documents: v.array(v.unknown()),
});
export type BackupFile = Omit<v.InferOutput<typeof backupSchema>, 'documents' | 'exportedAt'> & { exportedAt: string; documents: unknown[] };

/** Build the file. `foreign` holds the stored text of documents this version cannot read. */
export function buildBackup(documents: readonly Envelope[], foreign: readonly string[], appVersion: string, now: Date): BackupFile {
  const sorted = [...documents].sort((a, b) => a.type.localeCompare(b.type) || a.createdAt.localeCompare(b.createdAt));
  const kept: unknown[] = [];
  for (const raw of foreign) {
    try {
      kept.push(JSON.parse(raw));
    } catch {
      // not JSON: cannot be carried in a JSON file; the data page lists it as unreadable instead
    }
  }
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, appVersion, exportedAt: now.toISOString(), documents: [...sorted, ...kept] };
}

/** harbour-backup-2026-11-21.json (the programme's name first, the word in the language of `t`), in the user's local date. */
export function backupFileName(t: Translate, now: Date, prefix = 'tandem'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return t('common.files.backup', { name: prefix, date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` });
}

export interface RejectedDocument {
  index: number;
  type: string | undefined;
  id: string | undefined;
  reason: Said;
}

/** A document saved by a newer version (or of a kind this one does not know), carried as it is. */
export interface ForeignIncoming {
  type: string;
  id: string;
  updatedAt: string | undefined;
  raw: string;
}

export type ParsedBackup =
  | { ok: false; error: Said }
  | {
      ok: true;
      /** When the file says it was exported, if that is a real date. */
      exportedAt: string | undefined;
      appVersion: string;
      valid: Envelope[];
      foreign: ForeignIncoming[];
      rejected: RejectedDocument[];
      withMarkup: number;
      /** Documents with characters that could not be read (the file was not valid UTF-8). */
      garbled: Envelope[];
    };

/** A tag ("<img …>", "</b>", "<!--"), a script address or an event attribute. Linear: a tag's inside stops at the next "<". */
const MARKUP = /<\/?[a-z!][^<>]*>|javascript:|\bon[a-z]+\s*=/i;

/** Does any string inside `value` pass `test`? Walks without recursion, so any depth is safe. */
function someString(value: unknown, test: (s: string) => boolean): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (test(v)) return true;
    } else if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push(child);
  }
  return false;
}

/** Does any string inside `value` look like HTML or script? */
export const containsMarkup = (value: unknown): boolean => someString(value, (s) => MARKUP.test(s));

/** Does any string inside `value` hold U+FFFD, the mark a decoder leaves for bytes it could not read? */
export const containsReplacement = (value: unknown): boolean => someString(value, (s) => s.includes('\uFFFD'));

/**
 * How deeply a document may nest: this handbook's go about ten levels deep. Deeper values cannot
 * be written back as JSON (the browser runs out of stack), so they are refused on import.
 */
export const MAX_DEPTH = 64;

/** Is `value` nested more than `max` levels deep? Walks without recursion. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(v)) if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/**
 * Read an import file's text. Every failure gets one plain message (naming the programme, `appName`) and nothing else happens;
 * documents that fail validation are listed, and the valid ones can still be imported. Where the
 * file holds two copies of one document, the newer is kept. Dates later than a day after `now` are
 * read as a day after `now` (see readDocument). Never throws.
 */
export function parseBackup(text: string, byteSize: number, types: readonly DocType<unknown>[], appName = 'Tandem', now: Date = new Date()): ParsedBackup {
  if (byteSize > MAX_IMPORT_BYTES) {
    return { ok: false, error: { key: 'data.import.tooLarge', params: { size: { number: byteSize / 1024 / 1024, digits: 1 }, name: appName } } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: { key: 'data.import.notJson', params: { name: appName } } };
  }
  const head = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  if (!head || head['format'] !== BACKUP_FORMAT) {
    return { ok: false, error: { key: 'data.import.notBackup', params: { name: appName, format: BACKUP_FORMAT } } };
  }
  const fv = head['formatVersion'];
  if (typeof fv === 'number' && Number.isInteger(fv) && fv > BACKUP_FORMAT_VERSION) {
    return { ok: false, error: { key: 'data.import.newerFormat', params: { format: fv, version: BACKUP_FORMAT_VERSION } } };
  }
  const file = v.safeParse(backupSchema, value);
  if (!file.success) {
    const path = file.issues[0]?.path?.[0]?.key;
    return {
      ok: false,
      error: { key: path === 'documents' ? 'data.import.noDocuments' : 'data.import.noVersion' },
    };
  }
  const byType = new Map(types.map((t) => [t.type, t]));
  const valid = new Map<string, Envelope>();
  const foreign = new Map<string, ForeignIncoming>();
  /** Where in the file each of those is, to name it. */
  const foreignAt = new Map<string, number>();
  const rejected: RejectedDocument[] = [];
  file.output.documents.forEach((raw, index) => {
    const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : null;
    const type = str(r?.['type']);
    const id = str(r?.['id']);
    if (nestedDeeperThan(raw, MAX_DEPTH)) {
      rejected.push({ index, type, id, reason: { key: 'data.import.tooDeep', params: { depth: MAX_DEPTH } } });
      return;
    }
    const shape = v.safeParse(envelopeSchema, raw);
    if (!shape.success) {
      rejected.push({ index, type, id, reason: { key: 'data.import.notDocument', params: { problem: describeIssue(shape.issues) } } });
      return;
    }
    const key = `${shape.output.type}:${shape.output.id}`;
    const docType = byType.get(shape.output.type);
    if (!docType || shape.output.v > docType.version) {
      const incoming: ForeignIncoming = { type: shape.output.type, id: shape.output.id, updatedAt: shape.output.updatedAt, raw: JSON.stringify(raw) };
      const before = foreign.get(key);
      if (!before || !before.updatedAt || isNewer(shape.output, { updatedAt: before.updatedAt })) {
        foreign.set(key, incoming);
        foreignAt.set(key, index);
      }
      return;
    }
    const read = readDocument(docType, raw, now);
    if (!read.ok) {
      rejected.push({ index, type, id, reason: read.error });
      return;
    }
    const before = valid.get(key);
    if (!before || isNewer(read.doc, before)) valid.set(key, read.doc);
  });
  // One copy per document: where the file also holds a copy this version can read, that copy is
  // the one the preview announces and the import writes.
  for (const [key, f] of foreign) {
    if (!valid.has(key)) continue;
    foreign.delete(key);
    rejected.push({ index: foreignAt.get(key) ?? 0, type: f.type, id: f.id, reason: { key: 'data.import.readableCopy' } });
  }
  rejected.sort((a, b) => a.index - b.index);
  const docs = [...valid.values()];
  const exportedAt = file.output.exportedAt;
  return {
    ok: true,
    exportedAt: isInstant(exportedAt) ? exportedAt : undefined,
    appVersion: str(file.output.appVersion) ?? '',
    valid: docs,
    foreign: [...foreign.values()],
    rejected,
    withMarkup: docs.filter((d) => containsMarkup(d.data)).length,
    garbled: docs.filter((d) => containsReplacement(d.data)),
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
  /** Saved by a newer version (or of a kind this one does not know), and nothing is stored under its id: stored as it is. */
  addForeign: ForeignIncoming[];
  /**
   * Something is stored under its id that the file's copy cannot be weighed against: the file's copy
   * was saved by a newer version, or what is stored was. What is stored is kept; `current` is it, when
   * this version can read it (for its title).
   */
  keepStored: { incoming: Envelope | ForeignIncoming; current: Envelope | undefined }[];
}

/**
 * Decide, document by document, what an import would do: of two readable copies, the newer by
 * updatedAt wins. A document saved by a newer version is stored only where nothing is stored under
 * its id, and nothing is written over a stored value this version cannot read (`occupied` says
 * whether anything at all is stored under an id).
 */
export function planImport(
  incoming: readonly Envelope[],
  current: (type: string, id: string) => Envelope | undefined,
  foreign: readonly ForeignIncoming[] = [],
  occupied: (type: string, id: string) => boolean = (type, id) => current(type, id) !== undefined,
): ImportPlan {
  const plan: ImportPlan = { add: [], replace: [], keepMine: [], same: [], addForeign: [], keepStored: [] };
  for (const doc of foreign) {
    if (occupied(doc.type, doc.id)) plan.keepStored.push({ incoming: doc, current: current(doc.type, doc.id) });
    else plan.addForeign.push(doc);
  }
  for (const doc of incoming) {
    const mine = current(doc.type, doc.id);
    if (!mine && occupied(doc.type, doc.id)) plan.keepStored.push({ incoming: doc, current: undefined });
    else if (!mine) plan.add.push(doc);
    else if (isNewer(doc, mine)) plan.replace.push({ incoming: doc, current: mine });
    else if (isNewer(mine, doc)) plan.keepMine.push({ incoming: doc, current: mine });
    else plan.same.push(doc);
  }
  return plan;
}
