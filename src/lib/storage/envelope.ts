import * as v from 'valibot';

/**
 * A stored document: a versioned envelope around its data. `v` is the version of the data's
 * schema; `id` is stable for the document's whole life; `updatedAt` decides which copy is newer.
 */
export interface Envelope<T = unknown> {
  type: string;
  v: number;
  id: string;
  createdAt: string;
  updatedAt: string;
  data: T;
}

/** One migration turns data of version n into version n + 1. */
export type Migration = (data: unknown) => unknown;

export interface DocType<T = unknown> {
  /** Short name, used in storage keys and export files: 'charter'. */
  type: string;
  /** What people call one of these: 'Charter'. */
  label: string;
  /** And several: 'Charters'. */
  plural: string;
  /** The version documents are written in now. */
  version: number;
  schema: v.GenericSchema<unknown, T>;
  /** migrations[n] turns version n into n + 1, for every n from 1 to version − 1. */
  migrations: Record<number, Migration>;
  /** A one-line title for lists (the data page, imports). */
  describe(doc: Envelope<T>): string;
}

export type ReadResult<T> = { ok: true; doc: Envelope<T>; migrated: boolean } | { ok: false; error: string };

const isoDate = v.pipe(
  v.string(),
  v.check((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO date and time'),
);

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const envelopeShape = v.object({
  type: v.string(),
  v: v.pipe(v.number(), v.integer(), v.minValue(1)),
  id: v.pipe(v.string(), v.regex(ID_PATTERN, 'must be 1–64 letters, digits, - or _')),
  createdAt: isoDate,
  updatedAt: isoDate,
  data: v.unknown(),
});

/** A readable account of the first problem validation found. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'is not valid';
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * Validate a parsed value as a document of `docType`, running any migrations from older
 * versions. Never throws.
 */
export function readDocument<T>(docType: DocType<T>, value: unknown): ReadResult<T> {
  const shape = v.safeParse(envelopeShape, value);
  if (!shape.success) return { ok: false, error: `not a Tandem document (${describeIssue(shape.issues)})` };
  const env = shape.output;
  if (env.type !== docType.type) return { ok: false, error: `a “${env.type}” document, not a ${docType.label.toLowerCase()}` };
  if (env.v > docType.version) {
    return {
      ok: false,
      error: `written by a newer version of Tandem (format ${env.v}; this version reads up to ${docType.version})`,
    };
  }
  let data: unknown = env.data;
  try {
    for (let v = env.v; v < docType.version; v++) {
      const migrate = docType.migrations[v];
      if (!migrate) return { ok: false, error: `no migration from format ${v} to ${v + 1}` };
      data = migrate(data);
    }
  } catch (e) {
    return { ok: false, error: `could not be upgraded from format ${env.v}: ${(e as Error).message}` };
  }
  const parsed = v.safeParse(docType.schema, data);
  if (!parsed.success) return { ok: false, error: `its content is not valid (${describeIssue(parsed.issues)})` };
  if (Date.parse(env.updatedAt) < Date.parse(env.createdAt)) return { ok: false, error: 'updatedAt is before createdAt' };
  return {
    ok: true,
    doc: { type: env.type, v: docType.version, id: env.id, createdAt: env.createdAt, updatedAt: env.updatedAt, data: parsed.output },
    migrated: env.v !== docType.version,
  };
}

/** Parse stored text and read it as a document. Never throws. */
export function parseDocument<T>(docType: DocType<T>, raw: string): ReadResult<T> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  return readDocument(docType, value);
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
  return new Date(Math.max(now.getTime(), prev + 1)).toISOString();
}

/** A random id: 16 characters of base-36 from the platform's secure random source. */
export function newId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join("");
}

export function makeDocument<T>(docType: DocType<T>, data: T, now: Date, id: string = newId()): Envelope<T> {
  const at = now.toISOString();
  return { type: docType.type, v: docType.version, id, createdAt: at, updatedAt: at, data };
}
