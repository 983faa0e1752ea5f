import * as v from 'valibot';
import { instantSchema } from '../dates';
import type { Translate } from '../i18n/messages';
import { kindWords } from './kinds';
import { saidOf, type Said } from './said';

/** One migration turns data of version n into version n + 1. */
export type Migration = (data: unknown) => unknown;

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Is this a usable document id? 1–64 letters, digits, - or _, and not the name of a property every
 * JavaScript object has ("__proto__", "constructor", …), which would confuse lookups by id.
 */
export const isDocId = (id: string): boolean => ID_PATTERN.test(id) && !(id in Object.prototype);

/** The document with this id in a map of documents, never a property every object has. */
export const byId = <T,>(docs: Readonly<Record<string, T>>, id: string): T | undefined => (Object.hasOwn(docs, id) ? docs[id] : undefined);

/** The schema for a document id. */
export const docIdSchema = v.pipe(v.string(), v.check(isDocId, 'common.docs.badId'));

/**
 * A stored document: a versioned envelope around its data. Fields this version does not know are
 * kept (a newer version may have added them), never stripped.
 */
const envelopeEntries = {
  /** The kind of document: "charter", "assessment", "reflection". */
  type: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,31}$/, 'common.docs.badType')),
  /** The version of the data's schema it was written in. */
  v: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Stable for the document's whole life; also its storage key. */
  id: docIdSchema,
  createdAt: instantSchema,
  /** Decides which of two copies is newer. */
  updatedAt: instantSchema,
  data: v.unknown(),
};
const envelopeObject = v.object(envelopeEntries);
export const envelopeSchema = v.looseObject(envelopeEntries);

/** A document with data of type T (any fields a newer version added travel along, untyped). */
export type Envelope<T = unknown> = Omit<v.InferOutput<typeof envelopeObject>, 'data'> & { data: T };

export interface DocType<T = unknown> {
  /** Short name, used in storage keys and export files: 'charter'. */
  type: string;
  /** What one of these is called, in English, for developers' messages (the interface's words are in src/lib/storage/kinds.ts): 'Charter'. */
  label: string;
  /** And several: 'Charters'. */
  plural: string;
  /** The version documents are written in now. */
  version: number;
  schema: v.GenericSchema<unknown, T>;
  /** migrations[n] turns version n into n + 1, for every n from 1 to version − 1. */
  migrations: Record<number, Migration>;
  /** A one-line title for lists (the data page, imports), in the language of `t`. */
  describe(doc: Envelope<T>, t: Translate): string;
}

export type ReadResult<T> =
  | { ok: true; doc: Envelope<T>; migrated: boolean }
  /** Written by a newer version of the handbook: to be kept exactly as it is. */
  | { ok: false; newer: true; v: number; error: Said }
  | { ok: false; newer?: false; error: Said };

/** A readable account of the first problem validation found: where it is, and the schema's message. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): Said {
  const issue = issues[0];
  if (!issue) return { key: 'common.docs.notValid' };
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
  return path ? { key: 'common.docs.issueAt', params: { path, problem: saidOf(issue.message) } } : saidOf(issue.message);
}

/**
 * The first problem, in words for the person who typed it: schemas for what people type carry a
 * whole sentence as their message, the key of an interface string ("A charter’s name can be at most
 * 200 characters."); anything else is described as a change that is not valid.
 */
export function describeForPeople(issues: readonly v.BaseIssue<unknown>[]): Said {
  const message = issues[0]?.message ?? '';
  const said = saidOf(message);
  return 'key' in said || /^[A-Z].*\.$/.test(message) ? said : { key: 'common.docs.changeNotValid', params: { problem: describeIssue(issues) } };
}

/** How far ahead of this device's clock a document's dates may be: a day (clocks and zones differ). */
export const MAX_AHEAD_MS = 86_400_000;

/** An instant, or the latest one allowed (`limit`) if it is later. */
const atMost = (at: string, limit: number): string => (Date.parse(at) > limit ? new Date(limit).toISOString() : at);

/**
 * Validate a parsed value as a document of `docType`, running any migrations from older
 * versions. Dates later than a day after `now` are read as a day after `now`: a document
 * "changed" in the far future could never be changed again (each change must be later). Never throws.
 */
export function readDocument<T>(docType: DocType<T>, value: unknown, now: Date = new Date()): ReadResult<T> {
  const shape = v.safeParse(envelopeSchema, value);
  if (!shape.success) return { ok: false, error: { key: 'common.docs.notDocument', params: { problem: describeIssue(shape.issues) } } };
  const env = shape.output;
  if (env.type !== docType.type) return { ok: false, error: { key: 'common.docs.otherKind', params: { type: env.type, kind: { key: kindWords(docType.type).one } } } };
  if (env.v > docType.version) {
    return { ok: false, newer: true, v: env.v, error: { key: 'common.docs.newer', params: { format: env.v, version: docType.version } } };
  }
  let data: unknown = env.data;
  try {
    for (let n = env.v; n < docType.version; n++) {
      const migrate = docType.migrations[n];
      if (!migrate) return { ok: false, error: { key: 'common.docs.noMigration', params: { from: n, to: n + 1 } } };
      data = migrate(data);
    }
  } catch (e) {
    return { ok: false, error: { key: 'common.docs.notUpgraded', params: { format: env.v, problem: e instanceof Error ? e.message : String(e) } } };
  }
  const parsed = v.safeParse(docType.schema, data);
  if (!parsed.success) return { ok: false, error: { key: 'common.docs.contentNotValid', params: { problem: describeIssue(parsed.issues) } } };
  if (Date.parse(env.updatedAt) < Date.parse(env.createdAt)) return { ok: false, error: { key: 'common.docs.changedBeforeMade' } };
  const limit = now.getTime() + MAX_AHEAD_MS;
  const dates = { createdAt: atMost(env.createdAt, limit), updatedAt: atMost(env.updatedAt, limit) };
  return { ok: true, doc: { ...env, ...dates, v: docType.version, data: parsed.output }, migrated: env.v !== docType.version };
}

/** Parse stored text and read it as a document (dates as readDocument reads them). Never throws. */
export function parseDocument<T>(docType: DocType<T>, raw: string, now: Date = new Date()): ReadResult<T> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, error: { key: 'common.docs.notJson' } };
  }
  return readDocument(docType, value, now);
}

/**
 * Check a document about to be written, with the same schema that reads it. Returns the
 * normalised document, or a sentence for the person whose change it is.
 */
export function checkForWrite<T>(docType: DocType<T>, doc: Envelope<T>): { ok: true; doc: Envelope<T> } | { ok: false; error: Said } {
  const shape = v.safeParse(envelopeSchema, doc);
  if (!shape.success) return { ok: false, error: { key: 'common.docs.changeNotValid', params: { problem: describeIssue(shape.issues) } } };
  if (doc.type !== docType.type || doc.v !== docType.version) return { ok: false, error: { key: 'common.docs.wrongKind' } };
  const parsed = v.safeParse(docType.schema, doc.data);
  if (!parsed.success) return { ok: false, error: describeForPeople(parsed.issues) };
  return { ok: true, doc: { ...shape.output, data: parsed.output } };
}

export const encodeDocument = (doc: Envelope): string => JSON.stringify(doc);

/** Is `a` newer than `b`? Compares updatedAt as instants. */
export const isNewer = (a: Pick<Envelope, 'updatedAt'>, b: Pick<Envelope, 'updatedAt'>): boolean =>
  Date.parse(a.updatedAt) > Date.parse(b.updatedAt);

/**
 * The timestamp for a change made now to a document last changed at `previous`: now, or one
 * millisecond after `previous` if the clock says otherwise, so a change is always the newer copy.
 */
export function nextUpdatedAt(now: Date, previous?: string): string {
  const prev = previous ? Date.parse(previous) : Number.NEGATIVE_INFINITY;
  const base = Number.isNaN(now.getTime()) ? Date.now() : now.getTime();
  return new Date(Math.max(base, Number.isNaN(prev) ? base : prev + 1)).toISOString();
}

/** A random id: 16 characters of base-36 from the platform's secure random source. */
export function newId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export function makeDocument<T>(docType: DocType<T>, data: T, now: Date, id: string = newId()): Envelope<T> {
  const at = now.toISOString();
  return { type: docType.type, v: docType.version, id, createdAt: at, updatedAt: at, data };
}

/**
 * A change that waited in memory (storage was full) is stale if the stored copy of the same
 * document is now newer, saved by another tab meanwhile: writing it would lose that newer text.
 */
export function isStaleWrite(waiting: string, stored: string | undefined): boolean {
  if (stored === undefined) return false;
  const at = (raw: string): number => {
    try {
      const value = JSON.parse(raw) as { updatedAt?: unknown } | null;
      return value && typeof value.updatedAt === 'string' ? Date.parse(value.updatedAt) : Number.NaN;
    } catch {
      return Number.NaN;
    }
  };
  const w = at(waiting);
  const s = at(stored);
  return !Number.isNaN(w) && !Number.isNaN(s) && s > w;
}
