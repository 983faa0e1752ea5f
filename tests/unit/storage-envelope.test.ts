import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { isNewer, makeDocument, newId, nextUpdatedAt, parseDocument, readDocument, type DocType } from '../../src/lib/storage/envelope';
import { english } from '../helpers/said';

/** A document type with a history: v1 {name}, v2 {name, tags}, v3 {title, tags}. */
const noteType: DocType<{ title: string; tags: string[] }> = {
  type: 'note',
  label: 'Note',
  plural: 'Notes',
  version: 3,
  schema: v.object({ title: v.string(), tags: v.array(v.string()) }),
  migrations: {
    1: (d) => ({ ...(d as object), tags: [] }),
    2: (d) => {
      const { name, ...rest } = d as { name: string; tags: string[] };
      return { ...rest, title: name };
    },
  },
  describe: (d) => d.data.title,
};

const env = (v: number, data: unknown, extra: object = {}) => ({
  type: 'note',
  v,
  id: 'abc123',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  data,
  ...extra,
});

describe('readDocument', () => {
  it('accepts a current document unchanged', () => {
    const r = readDocument(noteType, env(3, { title: 'Hi', tags: ['a'] }));
    expect(r).toEqual({ ok: true, migrated: false, doc: env(3, { title: 'Hi', tags: ['a'] }) });
  });

  it('runs every migration from an old version, in order', () => {
    const r = readDocument(noteType, env(1, { name: 'Old' }));
    expect(r.ok && r.doc).toEqual(env(3, { title: 'Old', tags: [] }));
    expect(r.ok && r.migrated).toBe(true);
    const r2 = readDocument(noteType, env(2, { name: 'Mid', tags: ['x'] }));
    expect(r2.ok && r2.doc.data).toEqual({ title: 'Mid', tags: ['x'] });
  });

  it('refuses a document from a newer version, saying so', () => {
    const r = readDocument(noteType, env(4, { title: 'Future', tags: [] }));
    expect(english(r)).toEqual({ ok: false, newer: true, v: 4, error: 'saved by a newer version of this handbook (format 4; this version reads up to 3)' });
  });

  it('refuses a wrong type, a bad envelope and invalid data', () => {
    expect(english(readDocument(noteType, { ...env(3, { title: 'x', tags: [] }), type: 'charter' }))).toMatchObject({ ok: false, error: expect.stringContaining('“charter”') });
    expect(english(readDocument(noteType, { ...env(3, {}), id: '../../etc' }))).toMatchObject({ ok: false, error: expect.stringContaining('id') });
    expect(english(readDocument(noteType, { ...env(3, {}), updatedAt: 'yesterday' }))).toMatchObject({ ok: false, error: expect.stringContaining('updatedAt') });
    expect(english(readDocument(noteType, env(3, { title: 5, tags: [] })))).toMatchObject({ ok: false, error: expect.stringContaining('title') });
    expect(readDocument(noteType, null)).toMatchObject({ ok: false });
    expect(readDocument(noteType, [])).toMatchObject({ ok: false });
  });

  it('reports a migration that throws or is missing', () => {
    const broken: DocType<unknown> = { ...noteType, migrations: { 1: () => { throw new Error('boom'); } } } as DocType<unknown>;
    expect(english(readDocument(broken, env(1, {})))).toEqual({ ok: false, error: 'could not be upgraded from format 1: boom' });
    const gap: DocType<unknown> = { ...noteType, migrations: { 1: (d) => d } } as DocType<unknown>;
    expect(english(readDocument(gap, env(1, {})))).toEqual({ ok: false, error: 'no migration from format 2 to 3' });
  });

  it('refuses an updatedAt before createdAt', () => {
    expect(readDocument(noteType, env(3, { title: 'x', tags: [] }, { updatedAt: '2025-01-01T00:00:00.000Z' }))).toMatchObject({ ok: false });
  });
});

describe('parseDocument', () => {
  it('says when stored text is not JSON', () => {
    expect(english(parseDocument(noteType, '{"type":'))).toEqual({ ok: false, error: 'not valid JSON' });
  });
});

describe('timestamps and ids', () => {
  it('a change is always newer than the copy it changes, even with a clock behind', () => {
    const prev = '2026-05-01T10:00:00.000Z';
    expect(nextUpdatedAt(new Date('2026-05-01T12:00:00.000Z'), prev)).toBe('2026-05-01T12:00:00.000Z');
    expect(nextUpdatedAt(new Date('2026-04-01T00:00:00.000Z'), prev)).toBe('2026-05-01T10:00:00.001Z');
    expect(isNewer({ updatedAt: '2026-05-01T10:00:00.001Z' }, { updatedAt: prev })).toBe(true);
    expect(isNewer({ updatedAt: prev }, { updatedAt: prev })).toBe(false);
  });

  it('makes ids of 16 safe characters, all different', () => {
    const ids = new Set(Array.from({ length: 500 }, newId));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{16}$/);
  });

  it('makes a current-version document', () => {
    const doc = makeDocument(noteType, { title: 't', tags: [] }, new Date('2026-03-03T03:03:03.000Z'), 'fixed');
    expect(doc).toEqual({ type: 'note', v: 3, id: 'fixed', createdAt: '2026-03-03T03:03:03.000Z', updatedAt: '2026-03-03T03:03:03.000Z', data: { title: 't', tags: [] } });
  });
});
