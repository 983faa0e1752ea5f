import { describe, expect, it } from 'vitest';
import { createGuardedStorage, probeStorage, type StorageHealth, type StorageLike } from '../../src/lib/storage/guarded';
import { FakeStorage } from './helpers/fake-storage';
import { english } from '../helpers/said';

const throwing: StorageLike = {
  get length(): number {
    throw new DOMException('denied', 'SecurityError');
  },
  key() {
    throw new DOMException('denied', 'SecurityError');
  },
  getItem() {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem() {
    throw new DOMException('denied', 'SecurityError');
  },
  removeItem() {
    throw new DOMException('denied', 'SecurityError');
  },
};

function setup(limit = Infinity) {
  const backing = new FakeStorage(limit);
  const health: StorageHealth[] = [];
  const g = createGuardedStorage(backing, { text: '' }, (h) => health.push(h));
  return { backing, g, health };
}

describe('probeStorage', () => {
  it('finds working storage', () => {
    const s = new FakeStorage();
    expect(probeStorage(() => s, 'probe')).toEqual({ storage: s });
    expect(s.length).toBe(0);
  });
  it('reports storage that throws (disabled, private mode, sandboxed frame)', () => {
    expect(english(probeStorage(() => throwing, 'probe'))).toMatchObject({ reason: expect.stringContaining('does not let this site store data') });
    expect(
      probeStorage(() => {
        throw new DOMException('no', 'SecurityError');
      }, 'probe'),
    ).toMatchObject({ reason: expect.any(Object) });
    expect(english(probeStorage(() => undefined, 'probe'))).toEqual({ reason: 'This browser has no local storage.' });
  });
  it('treats full storage as available (it can still be read)', () => {
    expect('storage' in probeStorage(() => new FakeStorage(0), 'probe')).toBe(true);
  });
});

describe('guarded storage', () => {
  it('reads and writes through to the browser storage', () => {
    const { backing, g } = setup();
    expect(g.write('a', '1')).toBe(true);
    expect(backing.getItem('a')).toBe('1');
    expect(g.read('a')).toBe('1');
    g.remove('a');
    expect(g.read('a')).toBeUndefined();
    expect(g.health()).toEqual({ state: 'ok' });
  });

  it('keeps a write the browser refuses (full) in memory, untouched in storage, and says so', () => {
    const { backing, g, health } = setup(20);
    g.write('a', '12345');
    expect(g.write('b', 'x'.repeat(50))).toBe(false);
    expect(backing.getItem('b')).toBeNull(); // not half-applied
    expect(g.read('b')).toBe('x'.repeat(50)); // the tool keeps working
    expect(english(g.health())).toEqual({ state: 'failing', reason: 'The browser’s storage for this site is full.', pending: 1 });
    expect(health.at(-1)?.state).toBe('failing');
    // Space is freed: the next write saves the pending one too.
    backing.limit = Infinity;
    expect(g.write('c', '1')).toBe(true);
    expect(backing.getItem('b')).toBe('x'.repeat(50));
    expect(g.health()).toEqual({ state: 'ok' });
    expect(health.at(-1)).toEqual({ state: 'ok' });
  });

  it('works from memory alone when storage is unavailable', () => {
    const g = createGuardedStorage(undefined, { text: 'disabled' }, () => undefined);
    expect(english(g.health())).toEqual({ state: 'unavailable', reason: 'disabled' });
    expect(g.write('a', '1')).toBe(false);
    expect(g.read('a')).toBe('1');
    expect(g.keys()).toEqual(['a']);
    g.remove('a');
    expect(g.keys()).toEqual([]);
  });

  it('behaves like localStorage for @nanostores/persistent (get, set, in, delete, for…in)', () => {
    const { g } = setup();
    const e = g.engine;
    e['x'] = 'one';
    expect(e['x']).toBe('one');
    expect('x' in e).toBe(true);
    expect('y' in e).toBe(false);
    const keys: string[] = [];
    for (const k in e) keys.push(k);
    expect(keys).toEqual(['x']);
    delete e['x'];
    expect(e['x']).toBeUndefined();
  });

  it('applies a transaction all or nothing', () => {
    const { backing, g } = setup(30);
    g.write('keep', 'old');
    const r = g.transaction([
      ['keep', 'new'],
      ['big', 'x'.repeat(100)],
    ]);
    expect(english(r)).toEqual({ ok: false, reason: 'The browser’s storage for this site is full.' });
    expect(backing.getItem('keep')).toBe('old');
    expect(backing.getItem('big')).toBeNull();
    expect(g.read('big')).toBeUndefined();
    expect(g.transaction([['keep', 'newer'], ['k2', undefined]])).toEqual({ ok: true });
    expect(backing.getItem('keep')).toBe('newer');
  });
});
