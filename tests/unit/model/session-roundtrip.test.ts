/**
 * Session records through the store: any record the schema accepts is saved, survives a reload,
 * an export and an import into an empty browser exactly, and one it refuses is never stored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { sessionDataSchema, sessionDocType, type SessionData } from '../../../src/lib/docs/session-doc';
import { buildBackup, parseBackup } from '../../../src/lib/storage/backup';
import { createCollection } from '../../../src/lib/storage/doc-store';
import { importDocuments } from '../../../src/lib/storage/import';
import { createGuardedStorage } from '../../../src/lib/storage/guarded';
import { LEGACY_NAMESPACE, keysFor } from '../../../src/lib/storage/keys';
import { FakeStorage } from '../helpers/fake-storage';
import { say } from '../../../src/lib/storage/said';
import { enT } from '../../helpers/strings';

const keys = keysFor(LEGACY_NAMESPACE);
const open = (s: FakeStorage) => {
  const g = createGuardedStorage(s, { text: '' }, () => undefined);
  return { g, c: createCollection(g, keys, sessionDocType) };
};

const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const text = (max: number) => fc.oneof(fc.string({ maxLength: 40 }), fc.string({ minLength: max - 2, maxLength: max + 3 }));
const session: fc.Arbitrary<SessionData> = fc.record({
  date,
  discussed: text(20_000),
  goals: fc.array(fc.record({ goalId: fc.string({ maxLength: 10 }), progress: fc.constantFrom('moved' as const, 'done' as const, 'stuck' as const), note: text(1_000) }), { maxLength: 4 }),
  actions: fc.array(fc.record({ id: fc.stringMatching(/^[a-z0-9]{4,12}$/), who: fc.constantFrom('mentor' as const, 'mentee' as const), text: text(1_000), done: fc.boolean() }), { maxLength: 4 }),
  privateNote: text(20_000),
});

describe('session records in the store', () => {
  it('are saved whole when valid, refused whole when not, and come back exactly through reload, export and import', () => {
    fc.assert(
      fc.property(session, (data) => {
        const storage = new FakeStorage();
        const { c } = open(storage);
        const valid = v.safeParse(sessionDataSchema, data).success;
        const r = c.create(data, new Date('2026-11-01T00:00:00Z'));
        if (!valid) {
          expect(r.ok).toBe(false);
          expect(storage.data.size).toBe(0);
          return;
        }
        if (!r.ok) throw new Error(say(enT, r.error));
        const again = open(storage).c.readAll().docs[r.doc.id];
        expect(again?.data).toEqual(data);
        const file = JSON.stringify(buildBackup([again!], [], 'test', new Date()));
        const parsed = parseBackup(file, file.length, [sessionDocType]);
        if (!parsed.ok) throw new Error(say(enT, parsed.error));
        const empty = new FakeStorage();
        const fresh = open(empty);
        expect(importDocuments(fresh.g, keys, [fresh.c], parsed.valid, parsed.foreign)).toMatchObject({ ok: true });
        expect(fresh.c.readAll().docs[r.doc.id]?.data).toEqual(data);
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });
});
