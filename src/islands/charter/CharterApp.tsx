import { useEffect, useRef, useState } from 'preact/hooks';
import { useBrowserStore } from '../shared/hydration';
import { flushAllDrafts } from '../shared/useDraft';
import type { CharterDoc } from '../../lib/docs/charter-doc';
import { byId } from '../../lib/storage/envelope';
import { charters as charterDocs } from '../../stores/persistence';
import ToolShell from '../shared/ToolShell';
import CharterList from './CharterList';
import { lazy } from '../shared/lazy';
import { go, route as $route } from '../shared/route';
import type { CharterConfig } from './types';

// The list is the first view; one charter, or a partner's, loads its code when opened.
const CharterEditor = lazy(() => import('./CharterEditor'));
const SharedView = lazy(() => import('./SharedView'));
const NotFound = lazy(async () => ({ default: (await import('../shared/SharedLink')).NotFound }));

const HOME = { view: 'home' } as const;
const NONE = {};

/** The charter builder: the list of charters, one charter, or a charter shared by a partner. */
export default function CharterApp(config: CharterConfig) {
  return (
    <ToolShell base={config.base}>
      <CharterRoutes {...config} />
    </ToolShell>
  );
}

function CharterRoutes(config: CharterConfig) {
  const route = useBrowserStore($route, HOME);
  const charters = useBrowserStore(charterDocs.$docs, NONE);
  const opened = useOpenCharter(route.view === 'doc' ? route.id : null, charters);
  let body;
  if (route.view === 'shared') body = <SharedView config={config} token={route.token} />;
  else if (route.view === 'doc') {
    body = opened.doc ? (
      <>
        {opened.kept && (
          <div class="notice notice-warn" role="alert">
            <p>
              <strong>This charter was deleted in another tab.</strong> What you see here, and anything you type now, is not saved yet.
            </p>
            <p class="button-row">
              <button type="button" onClick={opened.keep}>
                Keep this charter
              </button>
              <button type="button" class="secondary" onClick={() => (opened.forget(), go(null, null))}>
                Leave it deleted
              </button>
            </p>
          </div>
        )}
        {/* One tree either way, so the field being typed in stays put when the charter is deleted elsewhere. */}
        <CharterEditor key={route.id} config={config} doc={opened.doc} onChange={opened.onChange} />
      </>
    ) : (
      <NotFound what="charter" type="charter" id={route.id} homeLabel="See your charters" />
    );
  } else body = <CharterList config={config} />;
  return <div class="charter-app">{body}</div>;
}

/**
 * The charter at `?id=…`, and, when another tab deletes it while it is open here, a copy held on
 * this page: what is typed goes into it, leaving asks first, Keep stores it again, and the other
 * tab's Undo gets it on top (then the words still waiting in a field save into it).
 */
function useOpenCharter(id: string | null, docs: Record<string, unknown>) {
  const seen = useRef<CharterDoc | null>(null);
  const [held, setHeld] = useState<CharterDoc | null>(null);
  /** The held copy as changed just now (state updates land a render later). */
  const latest = useRef<CharterDoc | null>(null);
  const stored = id ? byId(charterDocs.$docs.get(), id) : undefined;
  if (stored) seen.current = stored;
  else if (seen.current && seen.current.id !== id) seen.current = null;
  const lost = id && !stored && seen.current?.id === id ? seen.current : null;
  const kept = stored || !id ? null : held?.id === id ? held : lost;
  const current = () => (latest.current?.id === kept?.id ? latest.current : kept);
  const putNow = (doc: CharterDoc) => charterDocs.put({ ...doc, updatedAt: new Date().toISOString() }).ok;

  useEffect(() => {
    if (lost && held?.id !== lost.id) setHeld(lost);
    if (stored && held?.id === stored.id) {
      putNow(latest.current ?? held);
      setHeld((latest.current = null));
      flushAllDrafts();
    }
  }, [lost, stored, held, docs]);

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
      ? (fn: (d: CharterDoc['data']) => CharterDoc['data']) => {
          const base = current()!;
          setHeld((latest.current = { ...base, data: fn(base.data) }));
        }
      : undefined,
    keep() {
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
