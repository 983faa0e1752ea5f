/**
 * A model-based test of the document store: random sequences of what people do (create, edit,
 * delete, undo, export and import, reload, a second tab, storage full then freed, storage
 * disabled, an older and a newer build of the handbook over the same storage). After every step,
 * what each tab shows must equal the model, and storage must hold everything the model says was
 * saved. `npm test` runs 1,500 sequences with a fixed seed; `npm run fuzz` runs thousands.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createCollection, type Collection } from '../../../src/lib/storage/doc-store';
import { importDocuments } from '../../../src/lib/storage/import';
import { isStaleWrite, type DocType, type Envelope } from '../../../src/lib/storage/envelope';
import { createGuardedStorage, type GuardedStorage, type StorageLike } from '../../../src/lib/storage/guarded';
import { keysFor, LEGACY_NAMESPACE } from '../../../src/lib/storage/keys';
import { buildBackup, parseBackup } from '../../../src/lib/storage/backup';
import { say } from '../../../src/lib/storage/said';
import { enT } from '../../helpers/strings';

// --- Two builds of the handbook: v1 knows notes with text; v2 adds tags -------------------------

const MAX = 40;
const text = v.pipe(v.string(), v.maxLength(MAX, `A note can hold at most ${MAX} characters.`));
const noteV1: DocType<{ text: string }> = {
  type: 'note',
  label: 'Note',
  plural: 'Notes',
  version: 1,
  schema: v.looseObject({ text }),
  migrations: {},
  describe: (d) => d.data.text,
};
const noteV2: DocType<{ text: string; tags: string[] }> = {
  type: 'note',
  label: 'Note',
  plural: 'Notes',
  version: 2,
  schema: v.looseObject({ text, tags: v.array(v.string()) }),
  migrations: { 1: (d) => ({ ...(d as object), tags: [] }) },
  describe: (d) => d.data.text,
};

/** Storage that can be made full (every write refused) and freed again. Removals always work. */
class SwitchableStorage implements StorageLike {
  data = new Map<string, string>();
  full = false;
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, value);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const keys = keysFor(LEGACY_NAMESPACE);
const T0 = Date.UTC(2026, 10, 1);

interface Tab {
  build: 1 | 2;
  disabled: boolean;
  guarded: GuardedStorage;
  col: Collection<{ text: string }>;
  lastDeleted?: Envelope | undefined;
}
interface Real {
  storage: SwitchableStorage;
  tabs: Tab[];
  clock: number;
}

interface ModelDoc {
  text: string;
  v: 1 | 2;
  at: number;
}
interface ModelTab {
  build: 1 | 2;
  disabled: boolean;
  /** Changes only in this tab's memory (storage refused them, or is disabled). */
  pending: Map<string, ModelDoc | null>;
  lastDeleted?: { id: string; doc: ModelDoc } | undefined;
}
interface Model {
  saved: Map<string, ModelDoc>;
  full: boolean;
  tabs: ModelTab[];
  clock: number;
}

function openTab(storage: SwitchableStorage, build: 1 | 2, disabled: boolean): Tab {
  const guarded = createGuardedStorage(disabled ? undefined : storage, { text: 'disabled' }, () => undefined, (_k, w, s) => !isStaleWrite(w, s));
  const docType = build === 1 ? noteV1 : noteV2;
  // Both builds' collections are used only through the { text } view the test checks.
  const col: Collection<{ text: string }> = createCollection(guarded, keys, docType);
  return { build, disabled, guarded, col };
}

/** What a tab should show: saved documents overlaid with its own memory, readable by its build. */
function expectedView(m: Model, t: ModelTab): Record<string, string> {
  const all = new Map<string, ModelDoc | null>(t.disabled ? [] : m.saved);
  for (const [id, d] of t.pending) all.set(id, d);
  const out: Record<string, string> = {};
  for (const [id, d] of all) if (d && d.v <= t.build) out[id] = d.text;
  return out;
}
const visibleIds = (m: Model, tab: number) => Object.keys(expectedView(m, m.tabs[tab]!)).sort();

/** After a write or removal reaches storage, the tab's waiting changes follow (unless stale). */
function flushModel(m: Model, t: ModelTab): void {
  if (m.full || t.disabled) return;
  for (const [id, d] of t.pending) {
    if (d === null) m.saved.delete(id);
    else {
      const stored = m.saved.get(id);
      if (!stored || stored.at <= d.at) m.saved.set(id, d);
    }
  }
  t.pending.clear();
}

function current(m: Model, t: ModelTab, id: string): ModelDoc | undefined {
  if (t.pending.has(id)) return t.pending.get(id) ?? undefined;
  return t.disabled ? undefined : m.saved.get(id);
}

function writeModel(m: Model, t: ModelTab, id: string, doc: ModelDoc): void {
  t.pending.set(id, doc);
  flushModel(m, t);
}

function check(m: Model, r: Real): void {
  // Storage holds exactly what the model says was saved.
  const stored: Record<string, string> = {};
  for (const [k, raw] of r.storage.data) {
    const named = keys.parseDocKey(k);
    if (named) stored[named.id] = (JSON.parse(raw) as { data: { text: string } }).data.text;
  }
  expect(stored).toEqual(Object.fromEntries([...m.saved].map(([id, d]) => [id, d.text])));
  // Every tab shows what the model says it should.
  r.tabs.forEach((tab, i) => {
    const shown = Object.fromEntries(Object.entries(tab.col.readAll().docs).map(([id, d]) => [id, d.data.text]));
    expect(shown, `tab ${i} (build ${tab.build}${tab.disabled ? ', storage disabled' : ''})`).toEqual(expectedView(m, m.tabs[i]!));
    // An older build lists what a newer one saved instead of losing it.
    if (tab.build === 1 && !tab.disabled) {
      const foreign = tab.col.readAll().foreign.map((f) => f.id).sort();
      expect(foreign).toEqual([...m.saved].filter(([id, d]) => d.v === 2 && !m.tabs[i]!.pending.has(id)).map(([id]) => id).sort());
    }
  });
}

const now = (m: Model) => new Date(T0 + m.clock * 1000);
const nextAt = (m: Model, prev?: ModelDoc) => Math.max(T0 + m.clock * 1000, prev ? prev.at + 1 : -Infinity);

// --- Commands ----------------------------------------------------------------------------------

type Cmd = fc.Command<Model, Real>;
let idCounter = 0;

class Create implements Cmd {
  constructor(readonly tab: number, readonly text: string) {}
  check = () => true;
  run(m: Model, r: Real) {
    m.clock++;
    r.clock = m.clock;
    const t = m.tabs[this.tab]!;
    const id = `n${++idCounter}`;
    const res = r.tabs[this.tab]!.col.create({ text: this.text, ...(t.build === 2 ? { tags: [] } : {}) }, now(m), id);
    if (this.text.length > MAX) expect(res).toMatchObject({ ok: false, reason: 'invalid' });
    else {
      expect(res.ok).toBe(true);
      writeModel(m, t, id, { text: this.text, v: t.build, at: T0 + m.clock * 1000 });
    }
    check(m, r);
  }
  toString = () => `create(tab ${this.tab}, ${JSON.stringify(this.text)})`;
}

class Update implements Cmd {
  constructor(readonly tab: number, readonly pick: number, readonly text: string) {}
  check = (m: Readonly<Model>) => visibleIds(m as Model, this.tab).length > 0;
  run(m: Model, r: Real) {
    m.clock++;
    const t = m.tabs[this.tab]!;
    const ids = visibleIds(m, this.tab);
    const id = ids[this.pick % ids.length]!;
    const before = current(m, t, id)!;
    const res = r.tabs[this.tab]!.col.update(id, (d) => ({ ...d, text: this.text }), now(m));
    if (this.text.length > MAX) expect(res).toMatchObject({ ok: false, reason: 'invalid' });
    else {
      expect(res.ok).toBe(true);
      writeModel(m, t, id, { text: this.text, v: t.build === 2 ? 2 : before.v, at: nextAt(m, before) });
    }
    check(m, r);
  }
  toString = () => `update(tab ${this.tab}, #${this.pick}, ${JSON.stringify(this.text)})`;
}

class Delete implements Cmd {
  constructor(readonly tab: number, readonly pick: number) {}
  check = (m: Readonly<Model>) => visibleIds(m as Model, this.tab).length > 0;
  run(m: Model, r: Real) {
    m.clock++;
    const t = m.tabs[this.tab]!;
    const ids = visibleIds(m, this.tab);
    const id = ids[this.pick % ids.length]!;
    const doc = current(m, t, id)!;
    const gone = r.tabs[this.tab]!.col.remove(id);
    expect(gone?.id).toBe(id);
    r.tabs[this.tab]!.lastDeleted = gone;
    t.lastDeleted = { id, doc };
    t.pending.delete(id);
    if (!t.disabled) m.saved.delete(id);
    flushModel(m, t);
    check(m, r);
  }
  toString = () => `delete(tab ${this.tab}, #${this.pick})`;
}

class Undo implements Cmd {
  constructor(readonly tab: number) {}
  check = (m: Readonly<Model>) => !!m.tabs[this.tab]!.lastDeleted;
  run(m: Model, r: Real) {
    m.clock++;
    const t = m.tabs[this.tab]!;
    const { id, doc } = t.lastDeleted!;
    const res = r.tabs[this.tab]!.col.put(r.tabs[this.tab]!.lastDeleted!);
    const here = current(m, t, id);
    if (here && here.at > doc.at) expect(res.ok).toBe(false);
    else if (doc.v > t.build) expect(res.ok).toBe(false);
    else {
      expect(res.ok).toBe(true);
      // Put back in this build's version (an older document is migrated on the way).
      writeModel(m, t, id, { ...doc, v: t.build });
    }
    t.lastDeleted = undefined;
    r.tabs[this.tab]!.lastDeleted = undefined;
    check(m, r);
  }
  toString = () => `undo(tab ${this.tab})`;
}

/** Export everything from one tab, delete a document there, and import the file back. */
class ExportDeleteImport implements Cmd {
  constructor(readonly tab: number, readonly pick: number) {}
  check = (m: Readonly<Model>) => !m.tabs[this.tab]!.disabled && m.tabs[this.tab]!.build === 2 && visibleIds(m as Model, this.tab).length > 0;
  run(m: Model, r: Real) {
    m.clock++;
    const t = m.tabs[this.tab]!;
    const tab = r.tabs[this.tab]!;
    const all = tab.col.readAll();
    const file = JSON.stringify(buildBackup(Object.values(all.docs), all.foreign.map((f) => f.raw), 'test', now(m)));
    const ids = visibleIds(m, this.tab);
    const id = ids[this.pick % ids.length]!;
    const doc = current(m, t, id)!;
    tab.col.remove(id);
    t.pending.delete(id);
    m.saved.delete(id);
    flushModel(m, t);
    const parsed = parseBackup(file, file.length, [noteV2]);
    if (!parsed.ok) throw new Error(say(enT, parsed.error));
    const res = importDocuments(tab.guarded, keys, [tab.col], parsed.valid, parsed.foreign);
    if (m.full) expect(res.ok).toBe(false);
    else {
      expect(res).toMatchObject({ ok: true });
      m.saved.set(id, { ...doc, v: 2 });
    }
    check(m, r);
  }
  toString = () => `exportDeleteImport(tab ${this.tab}, #${this.pick})`;
}

class Reload implements Cmd {
  constructor(readonly tab: number) {}
  check = () => true;
  run(m: Model, r: Real) {
    const t = m.tabs[this.tab]!;
    r.tabs[this.tab] = openTab(r.storage, t.build, t.disabled);
    // What only this tab's memory held (storage full or disabled) is gone: the tool said so.
    t.pending.clear();
    t.lastDeleted = undefined;
    check(m, r);
  }
  toString = () => `reload(tab ${this.tab})`;
}

class SetFull implements Cmd {
  constructor(readonly full: boolean) {}
  check = (m: Readonly<Model>) => m.full !== this.full;
  run(m: Model, r: Real) {
    m.full = this.full;
    r.storage.full = this.full;
    check(m, r);
  }
  toString = () => (this.full ? 'storageFull' : 'storageFreed');
}

class Retry implements Cmd {
  constructor(readonly tab: number) {}
  check = () => true;
  run(m: Model, r: Real) {
    r.tabs[this.tab]!.guarded.flush();
    flushModel(m, m.tabs[this.tab]!);
    check(m, r);
  }
  toString = () => `retrySaving(tab ${this.tab})`;
}

// Tabs: 0 and 1 run the newer build, 2 an older build, 3 has storage disabled.
const TABS: { build: 1 | 2; disabled: boolean }[] = [
  { build: 2, disabled: false },
  { build: 2, disabled: false },
  { build: 1, disabled: false },
  { build: 2, disabled: true },
];
const tab = fc.integer({ min: 0, max: TABS.length - 1 });
const words = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ minLength: MAX - 2, maxLength: MAX + 5 }));
const commands = [
  fc.tuple(tab, words).map(([t, s]) => new Create(t, s)),
  fc.tuple(tab, fc.nat(), words).map(([t, p, s]) => new Update(t, p, s)),
  fc.tuple(tab, fc.nat()).map(([t, p]) => new Delete(t, p)),
  tab.map((t) => new Undo(t)),
  fc.tuple(tab, fc.nat()).map(([t, p]) => new ExportDeleteImport(t, p)),
  tab.map((t) => new Reload(t)),
  fc.boolean().map((f) => new SetFull(f)),
  tab.map((t) => new Retry(t)),
];

export function runModel(numRuns: number, seed?: number): void {
  fc.assert(
    fc.property(fc.commands(commands, { maxCommands: 40 }), (cmds) => {
      const storage = new SwitchableStorage();
      const real: Real = { storage, tabs: TABS.map((t) => openTab(storage, t.build, t.disabled)), clock: 0 };
      const model: Model = { saved: new Map(), full: false, tabs: TABS.map((t) => ({ ...t, pending: new Map() })), clock: 0 };
      fc.modelRun(() => ({ model, real }), cmds);
    }),
    { numRuns, ...(seed === undefined ? {} : { seed }) },
  );
}

/** Run one given sequence against the model (for the cases a random search may take long to find). */
function runSequence(cmds: Cmd[]): void {
  const storage = new SwitchableStorage();
  const real: Real = { storage, tabs: TABS.map((t) => openTab(storage, t.build, t.disabled)), clock: 0 };
  const model: Model = { saved: new Map(), full: false, tabs: TABS.map((t) => ({ ...t, pending: new Map() })), clock: 0 };
  fc.modelRun(() => ({ model, real }), cmds);
}

describe('the document store, against a model', () => {
  it('a change that waited for space never overwrites a newer one saved by another tab meanwhile', () => {
    runSequence([new Create(0, 'first'), new SetFull(true), new Update(0, 0, 'waiting in tab 0'), new SetFull(false), new Update(1, 0, 'saved in tab 1'), new Retry(0)]);
  });
  it('an older build lists, and never touches, what a newer build saved', () => {
    runSequence([new Create(2, 'old build'), new Update(0, 0, 'new build'), new Reload(2), new Create(2, 'another'), new Delete(0, 0), new Undo(0)]);
  });

  it('never loses what it saved, and every tab shows what the model says', () => {
    runModel(Number(process.env['FUZZ_RUNS'] ?? 1500), process.env['FUZZ_RUNS'] ? undefined : 20261122);
  });
});
