// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CharterData } from '../../src/lib/docs/charter-doc';
import { charterDocType } from '../../src/lib/docs/charter-doc';
import type { StorageLike } from '../../src/lib/storage/guarded';
import { FakeStorage } from './helpers/fake-storage';
import { say } from '../../src/lib/storage/said';
import { enT } from '../helpers/strings';
import { english, inEnglish } from '../helpers/said';

type Persistence = typeof import('../../src/stores/persistence') & typeof import('../../src/stores/data-page');

/** Load a fresh copy of the persistence layer (with the part only My data loads) over the given storage. */
async function load(storage: StorageLike | 'throw', base = '/'): Promise<Persistence> {
  vi.resetModules();
  vi.stubEnv('BASE_URL', base);
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get: () => {
      if (storage === 'throw') throw new DOMException('denied', 'SecurityError');
      return storage;
    },
  });
  const persistence = await import('../../src/stores/persistence');
  return { ...persistence, ...(await import('../../src/stores/data-page')) };
}

const charter = (title: string): CharterData => ({ title, values: { 'purpose.purpose': 'Grow together' }, revisions: [] });
const envelope = (id: string, data: unknown, extra: object = {}) => ({ type: 'charter', v: 1, id, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', data, ...extra });
const snapshot = (s: FakeStorage) => new Map(s.data);

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('the persistence layer', () => {
  it('saves a document as a versioned envelope under a namespaced key', async () => {
    const p = await load(storage);
    const r = p.charters.create(charter('Ana & Ben'), new Date('2026-11-01T10:00:00.000Z'));
    if (!r.ok) throw new Error(say(enT, r.error));
    const stored = JSON.parse(storage.getItem(`tandem:doc:charter:${r.doc.id}`)!);
    expect(stored).toEqual({ type: 'charter', v: 1, id: r.doc.id, createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z', data: charter('Ana & Ben') });
    expect(p.charters.$docs.get()[r.doc.id]).toEqual(stored);
  });

  it('leaves an unreadable value exactly where it is, lists it and offers it as a download', async () => {
    storage.setItem('tandem:doc:charter:broken1', '{"type":"charter","v":1,"id":"broken1", this is not JSON');
    storage.setItem('tandem:doc:charter:wrong2', JSON.stringify(envelope('wrong2', { title: 42 })));
    const before = snapshot(storage);
    const p = await load(storage);
    expect(Object.keys(p.charters.$docs.get())).toEqual([]);
    expect(p.unreadableValues.get().map((r) => r.from).sort()).toEqual(['tandem:doc:charter:broken1', 'tandem:doc:charter:wrong2']);
    expect(snapshot(storage)).toEqual(before);
    const file = JSON.parse((await p.unreadableFile(enT)).text);
    expect(file.items.find((i: { from: string }) => i.from.endsWith('broken1')).raw).toBe('{"type":"charter","v":1,"id":"broken1", this is not JSON');
    p.discardUnreadable();
    expect(storage.getItem('tandem:doc:charter:broken1')).toBeNull();
    expect(p.unreadableValues.get()).toEqual([]);
  });

  it('still shows what an earlier version set aside in quarantine', async () => {
    storage.setItem('tandem:quarantine:abc', JSON.stringify({ from: 'tandem:doc:charter:x', reason: 'not valid JSON', quarantinedAt: '2026-11-01T00:00:00.000Z', raw: '{oops' }));
    const p = await load(storage);
    expect(p.unreadableValues.get()).toEqual([{ key: 'tandem:quarantine:abc', from: 'tandem:doc:charter:x', reason: { text: 'not valid JSON' }, raw: '{oops' }]);
  });

  it('keeps documents saved by a newer version where they are, lists them and exports them', async () => {
    const future = JSON.stringify(envelope('fut1', { title: 'From the future', values: {}, revisions: [], mood: 'new' }, { v: 2, updatedAt: '2026-11-02T00:00:00.000Z' }));
    storage.setItem('tandem:doc:charter:fut1', future);
    storage.setItem('tandem:doc:spaceship:x1', '{"type":"spaceship","v":1,"id":"x1"}');
    const p = await load(storage);
    expect(p.foreignDocs.get().map((f) => f.key).sort()).toEqual(['tandem:doc:charter:fut1', 'tandem:doc:spaceship:x1']);
    expect(p.charters.$docs.get()).toEqual({});
    // Nothing this version does touches it.
    const r = p.charters.update('fut1', (d) => ({ ...d, title: 'Overwritten' }));
    expect(r).toMatchObject({ ok: false, reason: 'foreign' });
    expect(inEnglish(p.$writeProblem.get()!)).toMatch(/newer version of this handbook/);
    expect(p.charters.put(JSON.parse(future.replace('"v":2', '"v":1')))).toMatchObject({ ok: false });
    expect(storage.getItem('tandem:doc:charter:fut1')).toBe(future);
    const backup = JSON.parse((await p.exportAll(enT)).text);
    expect(backup.documents).toContainEqual(JSON.parse(future));
    expect(backup.documents).toContainEqual({ type: 'spaceship', v: 1, id: 'x1' });
  });

  it('never writes when it starts or when a tool listens, and keeps unknown fields', async () => {
    storage.setItem('tandem:doc:charter:c1', JSON.stringify(envelope('c1', { ...charter('Kept'), futureField: 'keep me' }, { extra: 1 })));
    storage.setItem('tandem:meta', '{"v":1,"lastExportAt":"2026-11-01T00:00:00.000Z"}');
    const before = snapshot(storage);
    const setItem = vi.spyOn(storage, 'setItem');
    const p = await load(storage);
    const stops = [p.charters.$docs.listen(() => undefined), p.$allDocs.listen(() => undefined), p.$meta.listen(() => undefined), p.$exportReminder.listen(() => undefined)];
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(setItem.mock.calls.filter(([k]) => k !== 'tandem:probe')).toEqual([]);
    expect(snapshot(storage)).toEqual(before);
    // An edit keeps the fields this version does not know.
    p.charters.update('c1', (d) => ({ ...d, title: 'Edited' }));
    const after = JSON.parse(storage.getItem('tandem:doc:charter:c1')!);
    expect(after.extra).toBe(1);
    expect(after.data.futureField).toBe('keep me');
    expect(after.data.title).toBe('Edited');
    stops.forEach((s) => s());
  });

  it('refuses a change its own reader would reject, says why, and stores nothing', async () => {
    const p = await load(storage);
    const r = p.charters.create(charter('Short'));
    if (!r.ok) throw new Error(say(enT, r.error));
    const before = storage.getItem(`tandem:doc:charter:${r.doc.id}`);
    const refused = p.charters.update(r.doc.id, (d) => ({ ...d, title: 'x'.repeat(250) }));
    expect(english(refused)).toMatchObject({ ok: false, reason: 'invalid', error: 'A charter’s name can be at most 200 characters.' });
    expect(inEnglish(p.$writeProblem.get()!)).toBe('A charter’s name can be at most 200 characters.');
    expect(storage.getItem(`tandem:doc:charter:${r.doc.id}`)).toBe(before);
    const long = p.charters.update(r.doc.id, (d) => ({ ...d, values: { ...d.values, 'purpose.purpose': 'y'.repeat(50_001) } }));
    expect(english(long)).toMatchObject({ ok: false, error: 'A charter field can hold at most 50,000 characters.' });
    // The document is still there after a reload: nothing half-saved, nothing quarantined.
    const again = await load(storage);
    expect(again.charters.$docs.get()[r.doc.id]?.data.title).toBe('Short');
    expect(again.unreadableValues.get()).toEqual([]);
    // A good change clears the message.
    p.charters.update(r.doc.id, (d) => ({ ...d, title: 'Fine' }));
    expect(p.$writeProblem.get()).toBeNull();
  });

  it('keeps working in memory when storage is disabled, and says so', async () => {
    const p = await load('throw');
    expect(p.$storageHealth.get()).toMatchObject({ state: 'unavailable' });
    const r = p.charters.create(charter('Offline'));
    if (!r.ok) throw new Error(say(enT, r.error));
    expect(p.charters.$docs.get()[r.doc.id]?.data.title).toBe('Offline');
    expect(JSON.parse((await p.exportAll(enT)).text).documents).toHaveLength(1);
  });

  it('on a full quota keeps the change in memory, leaves storage as it was, and recovers', async () => {
    const p = await load(storage);
    const r = p.charters.create(charter('Small'));
    if (!r.ok) throw new Error(say(enT, r.error));
    const key = `tandem:doc:charter:${r.doc.id}`;
    const before = storage.getItem(key);
    storage.limit = [...storage.data].reduce((n, [k, v]) => n + k.length + v.length, 0) + 10;
    p.charters.update(r.doc.id, (d) => ({ ...d, title: 'A much longer title that will not fit' }));
    expect(p.$storageHealth.get()).toMatchObject({ state: 'failing', pending: 1 });
    expect(storage.getItem(key)).toBe(before);
    expect(p.charters.$docs.get()[r.doc.id]?.data.title).toBe('A much longer title that will not fit');
    storage.limit = Infinity;
    expect(p.retrySaving()).toBe(true);
    expect(p.$storageHealth.get()).toEqual({ state: 'ok' });
    expect(JSON.parse(storage.getItem(key)!).data.title).toBe('A much longer title that will not fit');
  });

  it('deleting a document frees space at once, even while another change waits for space', async () => {
    const p = await load(storage);
    const big = p.charters.create({ ...charter('Big'), values: { 'purpose.purpose': 'b'.repeat(3000) } });
    const small = p.charters.create(charter('Small'));
    if (!big.ok || !small.ok) throw new Error('setup');
    storage.limit = [...storage.data].reduce((n, [k, v]) => n + k.length + v.length, 0) + 50;
    p.charters.update(small.doc.id, (d) => ({ ...d, values: { 'purpose.purpose': 's'.repeat(1000) } }));
    expect(p.$storageHealth.get()).toMatchObject({ state: 'failing', pending: 1 });
    p.charters.remove(big.doc.id);
    expect(storage.getItem(`tandem:doc:charter:${big.doc.id}`)).toBeNull();
    // The freed space took the waiting change.
    expect(p.$storageHealth.get()).toEqual({ state: 'ok' });
    expect(JSON.parse(storage.getItem(`tandem:doc:charter:${small.doc.id}`)!).data.values['purpose.purpose']).toBe('s'.repeat(1000));
    // After a reload the deleted charter stays deleted.
    const again = await load(storage);
    expect(Object.keys(again.charters.$docs.get())).toEqual([small.doc.id]);
  });

  it('applies a change to the newest stored copy, so another tab’s edits survive', async () => {
    const p = await load(storage);
    const r = p.charters.create(charter('Shared'), new Date('2026-11-01T10:00:00.000Z'));
    if (!r.ok) throw new Error(say(enT, r.error));
    const other = JSON.parse(storage.getItem(`tandem:doc:charter:${r.doc.id}`)!);
    other.data.values['purpose.purpose'] = 'Changed in tab B';
    other.updatedAt = '2026-11-01T10:05:00.000Z';
    storage.setItem(`tandem:doc:charter:${r.doc.id}`, JSON.stringify(other));
    const after = p.charters.update(r.doc.id, (d) => ({ ...d, title: 'Renamed in tab A' }), new Date('2026-11-01T10:04:00.000Z'));
    if (!after.ok) throw new Error(say(enT, after.error));
    expect(after.doc.data.values['purpose.purpose']).toBe('Changed in tab B');
    expect(after.doc.data.title).toBe('Renamed in tab A');
    expect(after.doc.updatedAt).toBe('2026-11-01T10:05:00.001Z');
  });

  it('never overwrites a newer stored copy with an older one', async () => {
    const p = await load(storage);
    const r = p.charters.create(charter('Newest'), new Date('2026-11-05T00:00:00.000Z'));
    if (!r.ok) throw new Error(say(enT, r.error));
    expect(p.charters.put({ ...r.doc, updatedAt: '2026-11-01T00:00:00.000Z', data: charter('Older') })).toMatchObject({ ok: false, reason: 'newer' });
    expect(JSON.parse(storage.getItem(`tandem:doc:charter:${r.doc.id}`)!).data.title).toBe('Newest');
  });

  it('a change to a document deleted meanwhile is refused with a message, not dropped silently', async () => {
    const p = await load(storage);
    const r = p.charters.create(charter('Gone soon'));
    if (!r.ok) throw new Error(say(enT, r.error));
    storage.removeItem(`tandem:doc:charter:${r.doc.id}`); // another tab deleted it
    expect(p.charters.update(r.doc.id, (d) => ({ ...d, title: 'Too late' }))).toMatchObject({ ok: false, reason: 'missing' });
    expect(inEnglish(p.$writeProblem.get()!)).toMatch(/no longer in this browser/);
    expect(p.charters.$docs.get()[r.doc.id]).toBeUndefined();
  });

  it('shows another tab’s change without a reload (storage event)', async () => {
    const p = await load(storage);
    const seen: string[] = [];
    const stop = p.charters.$docs.subscribe((m) => seen.push(Object.values(m).map((d) => d.data.title).join()));
    const doc = envelope('fromtab2', charter('From tab 2'));
    storage.setItem('tandem:doc:charter:fromtab2', JSON.stringify(doc));
    window.dispatchEvent(Object.assign(new Event('storage'), { key: 'tandem:doc:charter:fromtab2', newValue: JSON.stringify(doc) }));
    expect(seen.at(-1)).toBe('From tab 2');
    stop();
  });

  it('exports, deletes everything, and imports it all back', async () => {
    const p = await load(storage);
    p.charters.create(charter('One'));
    p.charters.create(charter('<img src=x onerror=alert(1)>'));
    const backup = await p.exportAll(enT, new Date('2026-11-21T09:00:00.000Z'));
    expect(backup.fileName).toBe('tandem-backup-2026-11-21.json');
    expect((await p.exportAll(enT, new Date('2026-11-21T09:00:00.000Z'), 'Harbour Mentoring')).fileName).toBe('harbour-mentoring-backup-2026-11-21.json');
    expect(p.$meta.get().lastExportAt).toBe('2026-11-21T09:00:00.000Z');
    expect(p.deleteEverything()).toEqual({ ok: true });
    expect(p.$allDocs.get()).toEqual([]);
    expect([...storage.data.keys()].filter((k) => k.startsWith('tandem:'))).toEqual([]);
    const parsed = await p.readBackup(backup.text, backup.text.length);
    if (!parsed.ok) throw new Error(say(enT, parsed.error));
    expect((await p.previewImport(parsed.valid)).add).toHaveLength(2);
    expect(await p.applyImport(parsed)).toEqual({ ok: true, written: 2, skipped: 0 });
    expect(p.$allDocs.get().map((i) => charterDocType.describe(i.doc as never, enT)).sort()).toEqual(['<img src=x onerror=alert(1)>', 'One']);
  });

  it('an import writes only what is still older here when it is confirmed', async () => {
    const p = await load(storage);
    const r = p.charters.create(charter('Original'), new Date('2026-11-01T00:00:00.000Z'));
    if (!r.ok) throw new Error(say(enT, r.error));
    const file = JSON.parse((await p.exportAll(enT)).text);
    file.documents[0].updatedAt = '2026-11-02T00:00:00.000Z';
    file.documents[0].data.title = 'From the file';
    const text = JSON.stringify(file);
    const parsed = await p.readBackup(text, text.length);
    if (!parsed.ok) throw new Error(say(enT, parsed.error));
    expect((await p.previewImport(parsed.valid)).replace).toHaveLength(1);
    // Edited after the preview was shown.
    p.charters.update(r.doc.id, (d) => ({ ...d, title: 'Edited since' }), new Date('2026-11-03T00:00:00.000Z'));
    expect(await p.applyImport(parsed)).toEqual({ ok: true, written: 0, skipped: 1 });
    expect(JSON.parse(storage.getItem(`tandem:doc:charter:${r.doc.id}`)!).data.title).toBe('Edited since');
  });

  it('an import that does not fit changes nothing', async () => {
    const p = await load(storage);
    p.charters.create(charter('Existing'));
    const backup = JSON.parse((await p.exportAll(enT)).text);
    backup.documents = Array.from({ length: 5 }, (_, i) => ({ ...backup.documents[0], id: `imp${i}`, data: { ...charter('big'), values: { 'purpose.purpose': 'x'.repeat(1000) } } }));
    const text = JSON.stringify(backup);
    const parsed = await p.readBackup(text, text.length);
    if (!parsed.ok) throw new Error(say(enT, parsed.error));
    const keysBefore = [...storage.data.keys()].sort();
    storage.limit = [...storage.data].reduce((n, [k, v]) => n + k.length + v.length, 0) + 2500;
    expect(english(await p.applyImport(parsed))).toEqual({ ok: false, reason: 'The browser’s storage for this site is full.' });
    expect([...storage.data.keys()].sort()).toEqual(keysBefore);
    expect(p.$allDocs.get()).toHaveLength(1);
  });
});

describe('two deployments on one origin', () => {
  it('keep their own documents, and a sub-path deployment takes a copy of what earlier versions stored', async () => {
    storage.setItem('tandem:doc:charter:old1', JSON.stringify(envelope('old1', charter('Written before the upgrade'))));
    // The copy at / runs this version first and makes a charter of its own…
    const root = await load(storage, '/');
    const rootNew = root.charters.create(charter('Made at /'));
    // …then the copy under /handbook/ runs for the first time: it takes only what earlier versions stored.
    const sub = await load(storage, '/handbook/');
    expect(Object.values(sub.charters.$docs.get()).map((d) => d.data.title)).toEqual(['Written before the upgrade']);
    const subNew = sub.charters.create(charter('Made at /handbook/'));
    if (!rootNew.ok || !subNew.ok) throw new Error('setup');
    expect(storage.getItem(`tandem/handbook:doc:charter:${subNew.doc.id}`)).not.toBeNull();
    // An edit in one never reaches the other.
    sub.charters.update('old1', (d) => ({ ...d, title: 'Changed at /handbook/' }));
    const rootAfterEdit = await load(storage, '/');
    expect(Object.values(rootAfterEdit.charters.$docs.get()).map((d) => d.data.title).sort()).toEqual(['Made at /', 'Written before the upgrade']);
    // Deleting the copy of a document both shared before the upgrade deletes it, as it did then.
    sub.charters.remove('old1');
    const rootAgain = await load(storage, '/');
    expect(Object.values(rootAgain.charters.$docs.get()).map((d) => d.data.title)).toEqual(['Made at /']);
    // The copy is taken once: what / stores later never appears at /handbook/.
    const subAgain = await load(storage, '/handbook/');
    expect(Object.values(subAgain.charters.$docs.get()).map((d) => d.data.title)).toEqual(['Made at /handbook/']);
    // Delete everything at /handbook/ leaves /'s own documents alone.
    subAgain.deleteEverything();
    expect(Object.values((await load(storage, '/')).charters.$docs.get()).map((d) => d.data.title)).toEqual(['Made at /']);
  });

  it('under a sub-path, deleting a copied document deletes the original too (if unchanged), and nothing deleted comes back', async () => {
    storage.setItem('tandem:doc:charter:old1', JSON.stringify(envelope('old1', charter('Old secret'))));
    storage.setItem('tandem:doc:charter:old2', JSON.stringify(envelope('old2', charter('Also old'))));
    storage.setItem('tandem:doc:charter:old3', JSON.stringify(envelope('old3', charter('Changed at / since'))));
    const sub = await load(storage, '/handbook/');
    expect(Object.keys(sub.charters.$docs.get()).sort()).toEqual(['old1', 'old2', 'old3']);
    // The deployment at / changes old3 after the copy was taken: that one is its own now.
    storage.setItem('tandem:doc:charter:old3', JSON.stringify(envelope('old3', charter('Changed at /'), { updatedAt: '2026-11-05T00:00:00.000Z' })));
    sub.charters.remove('old1');
    expect(storage.getItem('tandem:doc:charter:old1')).toBeNull();
    expect(sub.deleteEverything()).toEqual({ ok: true });
    expect(storage.getItem('tandem:doc:charter:old2')).toBeNull();
    expect(JSON.parse(storage.getItem('tandem:doc:charter:old3')!).data.title).toBe('Changed at /');
    const again = await load(storage, '/handbook/');
    expect(again.charters.$docs.get()).toEqual({});
  });
});

describe('bookkeeping written by a newer version', () => {
  it('is read where it can be, and never written over', async () => {
    const newer = '{"v":2,"lastExportAt":"2026-11-01T00:00:00.000Z","futureSetting":"keep me"}';
    storage.setItem('tandem:meta', newer);
    const p = await load(storage);
    expect(p.$meta.get().lastExportAt).toBe('2026-11-01T00:00:00.000Z');
    p.charters.create(charter('Typed'));
    await p.exportAll(enT);
    expect(storage.getItem('tandem:meta')).toBe(newer);
  });
});

