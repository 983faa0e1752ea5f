/**
 * Which session record the page shows at `?id=…`, and where its changes go. Three cases besides a
 * stored record, each shown in the same editor so the field being typed in stays put as one turns
 * into another:
 * - `unsaved`: opened with "Log a session" and nothing written yet. The first change stores it;
 *   left empty, nothing is kept.
 * - `kept`: deleted in another tab while open here. What is on the screen, and what is typed next,
 *   is held on this page; leaving asks first; Keep stores it again, and the other tab's Undo gets
 *   it on top.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { newSession } from '../../lib/relationship/sessions';
import { byId, makeDocument } from '../../lib/storage/envelope';
import { sessionDocType, type SessionData, type SessionDoc } from '../../lib/docs/session-doc';
import { sessions } from '../../stores/persistence';
import { flushAllDrafts } from '../shared/useDraft';

type Change = (fn: (x: SessionData) => SessionData) => void;

/** A record opened with "Log a session", kept on this page until something is written in it. */
let fresh: SessionDoc | null = null;

/** Open a new record for a relationship on a day, not stored yet; returns its id, to go to. */
export function startSession(date: string, charterId: string | null): string {
  fresh = makeDocument(sessionDocType, newSession(date, charterId ?? undefined), new Date());
  return fresh.id;
}

/** Store a copy held on this page, as changed now (so it wins over an older copy put back elsewhere). */
const putNow = (doc: SessionDoc) => sessions.put({ ...doc, updatedAt: new Date().toISOString() }).ok;

export interface OpenSession {
  /** The record to show; null when there is none at this address. */
  session: SessionDoc | null;
  unsaved: boolean;
  /** Deleted in another tab, held on this page. */
  kept: boolean;
  /** Where the editor's changes go instead of storage (unsaved or kept); undefined for a stored record. */
  onChange: Change | undefined;
  /** Store the kept copy again. */
  keep: () => void;
  /** Let the deletion stand (or drop an unsaved record). */
  forget: () => void;
}

export function useOpenSession(id: string | null): OpenSession {
  /** The record shown here, as last seen in storage. */
  const open = useRef<SessionDoc | null>(null);
  const [detached, setDetached] = useState<SessionDoc | null>(null);
  /** The kept copy as changed just now (state updates land a render later). */
  const latest = useRef<SessionDoc | null>(null);
  const stored = id ? byId(sessions.$docs.get(), id) : undefined;
  if (stored) open.current = stored;
  const lost = id && !stored && open.current?.id === id ? open.current : null;
  const kept = stored || !id ? null : detached?.id === id ? detached : lost;
  const unsaved = !stored && !kept && id && fresh?.id === id ? fresh : null;
  const current = () => (latest.current?.id === kept?.id ? latest.current : kept);

  useEffect(() => {
    if (lost && detached?.id !== lost.id) setDetached(lost);
    // Put back in another tab (its Undo): what was typed here since goes on top of it, then the
    // words still waiting in a field save into it.
    if (stored && detached?.id === stored.id) {
      putNow(latest.current ?? detached);
      setDetached((latest.current = null));
      flushAllDrafts();
    }
  }, [lost, stored, detached]);

  // While the record is only on this page, leaving it (closing, reloading) asks first.
  useEffect(() => {
    if (!kept) return;
    const ask = (e: Event) => e.preventDefault();
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [!!kept]);

  const onChange: Change | undefined = kept
    ? (fn) => {
        const base = current()!;
        setDetached((latest.current = { ...base, data: fn(base.data) }));
      }
    : unsaved
      ? (fn) => {
          // The first change stores it; any change after that (even from a render made before it
          // was stored) goes to the stored record.
          if (fresh?.id !== unsaved.id) return void sessions.update(unsaved.id, fn);
          fresh = { ...fresh, data: fn(fresh.data) };
          if (putNow(fresh)) fresh = null;
        }
      : undefined;

  return {
    session: kept ?? unsaved ?? stored ?? null,
    unsaved: !!unsaved,
    kept: !!kept,
    onChange,
    keep() {
      // Words still waiting in a field go in first.
      flushAllDrafts();
      if (kept && putNow(current()!)) setDetached((latest.current = null));
    },
    forget() {
      fresh = null;
      open.current = null;
      setDetached((latest.current = null));
    },
  };
}
