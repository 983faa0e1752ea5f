import type { StorageLike } from '../../../src/lib/storage/guarded';

/** An in-memory Storage with a size limit (in characters), like a browser's. */
export class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  constructor(public limit = Infinity) {}
  get length(): number {
    return this.data.size;
  }
  key(i: number): string | null {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    const used = [...this.data].reduce((n, [kk, vv]) => n + (kk === k ? 0 : kk.length + vv.length), 0);
    if (used + k.length + v.length > this.limit) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, String(v));
  }
  removeItem(k: string): void {
    this.data.delete(k);
  }
}
