/**
 * A document open on this page that another tab deletes: instead of vanishing (with the words
 * being typed), it is held here. What is typed next goes into the held copy, leaving the page asks
 * first, `keep` stores it again, and the other tab's Undo gets it on top (then the words still
 * waiting in a field save into it). Used by the charter builder and by My mentoring's session record.
 */
import type { ReadableAtom } from 'nanostores';
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { byId } from '../../lib/storage/envelope';
import { flushAllDrafts } from './useDraft';

interface Doc {
  id: string;
  updatedAt: string;
  data: unknown;
}

export interface HeldDoc<D extends Doc> {
  /** The stored document, else the copy held here; null when neither. */
  doc: D | null;
  /** Deleted in another tab, held on this page. */
  kept: boolean;
  /** Where changes go while held (undefined while stored). */
  onChange: ((fn: (x: D['data']) => D['data']) => void) | undefined;
  /** Store the held copy again. */
  keep: () => void;
  /** Let the deletion stand. */
  forget: () => void;
}

export function useHeldDoc<D extends Doc>(store: { $docs: ReadableAtom<Record<string, D>>; put: (doc: D) => { ok: boolean } }, id: string | null): HeldDoc<D> {
  const docs = useStore(store.$docs);
  /** The document shown here, as last seen in storage. */
  const seen = useRef<D | null>(null);
  const [held, setHeld] = useState<D | null>(null);
  /** The held copy as changed just now (state updates land a render later). */
  const latest = useRef<D | null>(null);
  // Read now, not from the last render: a field's save may just have changed it.
  const stored = id ? byId(store.$docs.get(), id) : undefined;
  if (stored) seen.current = stored;
  else if (seen.current && seen.current.id !== id) seen.current = null;
  const lost = id && !stored && seen.current?.id === id ? seen.current : null;
  const kept = stored || !id ? null : held?.id === id ? held : lost;
  const current = () => (latest.current?.id === kept?.id ? latest.current : kept);
  /** Store a copy held here, as changed now (so it wins over an older copy put back elsewhere). */
  const putNow = (doc: D) => store.put({ ...doc, updatedAt: new Date().toISOString() }).ok;

  useEffect(() => {
    if (lost && held?.id !== lost.id) setHeld(lost);
    if (stored && held?.id === stored.id) {
      putNow(latest.current ?? held);
      setHeld((latest.current = null));
      flushAllDrafts();
    }
  }, [lost, stored, held, docs]);

  // While the document is only on this page, leaving it (closing, reloading) asks first.
  useEffect(() => {
    if (!kept) return;
    const ask = (e: Event) => e.preventDefault();
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [!!kept]);

  return {
    doc: stored ?? kept ?? null,
    kept: !!kept,
    onChange: kept
      ? (fn) => {
          const base = current()!;
          setHeld((latest.current = { ...base, data: fn(base.data) }));
        }
      : undefined,
    keep() {
      // Words still waiting in a field go in first.
      flushAllDrafts();
      const copy = current();
      if (copy && putNow(copy)) setHeld((latest.current = null));
    },
    forget() {
      seen.current = null;
      setHeld((latest.current = null));
    },
  };
}
