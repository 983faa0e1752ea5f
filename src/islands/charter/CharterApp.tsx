import { useBrowserStore } from '../shared/hydration';
import { byId } from '../../lib/storage/envelope';
import { charters as charterDocs } from '../../stores/persistence';
import ToolShell from '../shared/ToolShell';
import CharterList from './CharterList';
import { lazy } from '../shared/lazy';
import { route as $route } from '../shared/route';
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
  let body;
  if (route.view === 'shared') body = <SharedView config={config} token={route.token} />;
  else if (route.view === 'doc') {
    const doc = byId(charters, route.id);
    body = doc ? <CharterEditor key={doc.id} config={config} doc={doc} /> : <NotFound what="charter" type="charter" id={route.id} homeLabel="See your charters" />;
  } else body = <CharterList config={config} />;
  return <div class="charter-app">{body}</div>;
}
