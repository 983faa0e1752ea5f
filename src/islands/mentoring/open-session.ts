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
import { newSession } from '../../lib/relationship/sessions';
import { byId, makeDocument } from '../../lib/storage/envelope';
import { sessionDocType, type SessionData, type SessionDoc } from '../../lib/docs/session-doc';
import { sessions } from '../../stores/persistence';
import { useHeldDoc } from '../shared/held-doc';

type Change = (fn: (x: SessionData) => SessionData) => void;

/** A record opened with "Log a session", kept on this page until something is written in it. */
let fresh: SessionDoc | null = null;

/** Open a new record for a relationship on a day, not stored yet; returns its id, to go to. */
export function startSession(date: string, charterId: string | null): string {
  fresh = makeDocument(sessionDocType, newSession(date, charterId ?? undefined), new Date());
  return fresh.id;
}

/** Store a record first written on this page. */
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
  const held = useHeldDoc(sessions, id);
  const stored = id ? byId(sessions.$docs.get(), id) : undefined;
  const unsaved = !stored && !held.kept && id && fresh?.id === id ? fresh : null;
  const onChange: Change | undefined =
    held.onChange ??
    (unsaved
      ? (fn) => {
          // The first change stores it; any change after that (even from a render made before it
          // was stored) goes to the stored record.
          if (fresh?.id !== unsaved.id) return void sessions.update(unsaved.id, fn);
          fresh = { ...fresh, data: fn(fresh.data) };
          if (putNow(fresh)) fresh = null;
        }
      : undefined);
  return {
    session: held.doc ?? unsaved ?? null,
    unsaved: !!unsaved,
    kept: held.kept,
    onChange,
    keep: held.keep,
    forget() {
      fresh = null;
      held.forget();
    },
  };
}
