// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CharterData } from '../../src/lib/docs/charter-doc';
import type { StorageLike } from '../../src/lib/storage/guarded';
import { FakeStorage } from './helpers/fake-storage';

type Persistence = typeof import('../../src/stores/persistence');

/** Load a fresh copy of the persistence module over the given storage. */
async function load(storage: StorageLike | 'throw'): Promise<Persistence> {
  vi.resetModules();
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get: () => {
      if (storage === 'throw') throw new DOMException('denied', 'SecurityError');
      return storage;
    },
  });
  return import('../../src/stores/persistence');
}

const charter = (title: string): CharterData => ({ title, values: { 'purpose.purpose': 'Grow together' }, revisions: [] });
const { charterDocType } = await import('../../src/lib/docs');

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the persistence layer', () => {
  it('saves a document as a versioned envelope under a namespaced key', async () => {
    const p = await load(storage);
    const unsubscribe = p.$charters.listen(() => undefined);
    const doc = p.createDoc(charterDocType, charter('Ana & Ben'), new Date('2026-11-01T10:00:00.000Z'));
    const stored = JSON.parse(storage.getItem(`tandem:doc:charter:${doc.id}`)!);
    expect(stored).toEqual({ type: 'charter', v: 1, id: doc.id, createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z', data: charter('Ana & Ben') });
    expect(p.$charters.get()[doc.id]).toEqual(stored);
    unsubscribe();
  });

  it('moves an unreadable value to quarantine instead of replacing it', async () => {
    storage.setItem('tandem:doc:charter:broken1', '{"type":"charter","v":1,"id":"broken1", this is not JSON');
    storage.setItem('tandem:doc:charter:wrong2', JSON.stringify({ type: 'charter', v: 1, id: 'wrong2', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', data: { title: 42 } }));
    const p = await load(storage);
    const stop = p.$quarantine.listen(() => undefined);
    expect(Object.keys(p.$charters.get())).toEqual([]);
    const records = Object.values(p.$quarantine.get());
    expect(records.map((r) => r.from).sort()).toEqual(['tandem:doc:charter:broken1', 'tandem:doc:charter:wrong2']);
    expect(records.find((r) => r.from.endsWith('broken1'))!.raw).toBe('{"type":"charter","v":1,"id":"broken1", this is not JSON');
    expect(storage.getItem('tandem:doc:charter:broken1')).toBeNull();
    const file = JSON.parse(p.quarantineFile().text);
    expect(file.items).toHaveLength(2);
    stop();
  });

  it('keeps documents of a type it does not know (from a newer version) untouched', async () => {
    storage.setItem('tandem:doc:spaceship:x1', '{"future":true}');
    const p = await load(storage);
    expect(p.unknownDocKeys()).toEqual(['tandem:doc:spaceship:x1']);
    expect(storage.getItem('tandem:doc:spaceship:x1')).toBe('{"future":true}');
  });

  it('keeps working in memory when storage is disabled, and says so', async () => {
    const p = await load('throw');
    expect(p.$storageHealth.get()).toMatchObject({ state: 'unavailable' });
    const stop = p.$charters.listen(() => undefined);
    const doc = p.createDoc(charterDocType, charter('Offline'));
    expect(p.$charters.get()[doc.id]?.data.title).toBe('Offline');
    expect(JSON.parse(p.exportAll().text).documents).toHaveLength(1);
    stop();
  });

  it('on a full quota keeps the change in memory, leaves storage as it was, and recovers', async () => {
    const p = await load(storage);
    const stop = p.$charters.listen(() => undefined);
    const doc = p.createDoc(charterDocType, charter('Small'));
    const before = storage.getItem(`tandem:doc:charter:${doc.id}`);
    storage.limit = storage.data.size ? [...storage.data].reduce((n, [k, v]) => n + k.length + v.length, 0) + 10 : 0;
    p.updateDoc(charterDocType, doc.id, (d) => ({ ...d, title: 'A much longer title that will not fit' }));
    expect(p.$storageHealth.get()).toMatchObject({ state: 'failing', pending: 1 });
    expect(storage.getItem(`tandem:doc:charter:${doc.id}`)).toBe(before);
    expect(p.$charters.get()[doc.id]?.data.title).toBe('A much longer title that will not fit');
    storage.limit = Infinity;
    expect(p.retrySaving()).toBe(true);
    expect(p.$storageHealth.get()).toEqual({ state: 'ok' });
    expect(JSON.parse(storage.getItem(`tandem:doc:charter:${doc.id}`)!).data.title).toBe('A much longer title that will not fit');
    stop();
  });

  it('applies a change to the newest stored copy, so another tab’s edits survive', async () => {
    const p = await load(storage);
    const stop = p.$charters.listen(() => undefined);
    const doc = p.createDoc(charterDocType, charter('Shared'), new Date('2026-11-01T10:00:00.000Z'));
    // Another tab changes the purpose (straight into storage).
    const other = JSON.parse(storage.getItem(`tandem:doc:charter:${doc.id}`)!);
    other.data.values['purpose.purpose'] = 'Changed in tab B';
    other.updatedAt = '2026-11-01T10:05:00.000Z';
    storage.setItem(`tandem:doc:charter:${doc.id}`, JSON.stringify(other));
    // This tab renames the charter without having seen that change.
    const after = p.updateDoc(charterDocType, doc.id, (d) => ({ ...d, title: 'Renamed in tab A' }), new Date('2026-11-01T10:04:00.000Z'))!;
    expect(after.data.values['purpose.purpose']).toBe('Changed in tab B');
    expect(after.data.title).toBe('Renamed in tab A');
    expect(after.updatedAt).toBe('2026-11-01T10:05:00.001Z');
    stop();
  });

  it('never overwrites a newer stored copy with an older one', async () => {
    const p = await load(storage);
    const stop = p.$charters.listen(() => undefined);
    const doc = p.createDoc(charterDocType, charter('Newest'), new Date('2026-11-05T00:00:00.000Z'));
    const older = { ...doc, updatedAt: '2026-11-01T00:00:00.000Z', data: charter('Older') };
    expect(p.putDoc(charterDocType, older)).toBe(false);
    expect(JSON.parse(storage.getItem(`tandem:doc:charter:${doc.id}`)!).data.title).toBe('Newest');
    stop();
  });

  it('shows another tab’s change without a reload (storage event)', async () => {
    const p = await load(storage);
    const seen: string[] = [];
    const stop = p.$charters.subscribe((m) => seen.push(Object.values(m).filter(Boolean).map((d) => d.data.title).join()));
    const doc = { type: 'charter', v: 1, id: 'fromtab2', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', data: charter('From tab 2') };
    storage.setItem('tandem:doc:charter:fromtab2', JSON.stringify(doc));
    window.dispatchEvent(Object.assign(new Event('storage'), { key: 'tandem:doc:charter:fromtab2', newValue: JSON.stringify(doc) }));
    expect(seen.at(-1)).toBe('From tab 2');
    stop();
  });

  it('exports, deletes everything, and imports it all back', async () => {
    const p = await load(storage);
    const stop = p.$allDocs.listen(() => undefined);
    p.createDoc(charterDocType, charter('One'));
    p.createDoc(charterDocType, charter('<img src=x onerror=alert(1)>'));
    const backup = p.exportAll(new Date('2026-11-21T09:00:00.000Z'));
    expect(backup.fileName).toBe('tandem-backup-2026-11-21.json');
    expect(p.$meta.get().lastExportAt).toBe('2026-11-21T09:00:00.000Z');
    expect(p.deleteEverything()).toEqual({ ok: true });
    expect(p.$allDocs.get()).toEqual([]);
    expect([...storage.data.keys()].filter((k) => k.startsWith('tandem:'))).toEqual([]);
    const parsed = p.readBackup(backup.text, backup.text.length);
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = p.previewImport(parsed.valid);
    expect(plan.add).toHaveLength(2);
    expect(p.applyImport(plan)).toEqual({ ok: true, written: 2 });
    expect(p.$allDocs.get().map((i) => i.title).sort()).toEqual(['<img src=x onerror=alert(1)>', 'One']);
    stop();
  });

  it('an import that does not fit changes nothing', async () => {
    const p = await load(storage);
    const stop = p.$allDocs.listen(() => undefined);
    p.createDoc(charterDocType, charter('Existing'));
    const backup = JSON.parse(p.exportAll().text);
    backup.documents = Array.from({ length: 5 }, (_, i) => ({ ...backup.documents[0], id: `imp${i}`, data: { ...charter('big'), values: { 'purpose.purpose': 'x'.repeat(1000) } } }));
    const text = JSON.stringify(backup);
    const parsed = p.readBackup(text, text.length);
    if (!parsed.ok) throw new Error(parsed.error);
    const keysBefore = [...storage.data.keys()].sort();
    storage.limit = [...storage.data].reduce((n, [k, v]) => n + k.length + v.length, 0) + 2500;
    const result = p.applyImport(p.previewImport(parsed.valid));
    expect(result).toEqual({ ok: false, reason: 'The browser’s storage for this site is full.' });
    expect([...storage.data.keys()].sort()).toEqual(keysBefore);
    expect(p.$allDocs.get()).toHaveLength(1);
    stop();
  });
});
