import { useBrowserStore } from '../shared/hydration';
import { charters as charterDocs } from '../../stores/persistence';
import ToolShell from '../shared/ToolShell';
import { lazy } from '../shared/lazy';
import { route as $route } from '../shared/route';
import type { CharterConfig } from './types';

// Each view loads its code when shown: the list (with where each charter stands), one charter, or a partner's.
const CharterList = lazy(() => import('./CharterList'));
const CharterDocView = lazy(() => import('./CharterDocView'));
const SharedView = lazy(() => import('./SharedView'));

const HOME = { view: 'home' } as const;
const NONE = {};

/** The charter builder: the list of charters, one charter, or a charter shared by a partner. */
export default function CharterApp(config: CharterConfig) {
  return (
    <ToolShell base={config.base} strings={config.strings}>
      <CharterRoutes {...config} />
    </ToolShell>
  );
}

function CharterRoutes(config: CharterConfig) {
  const route = useBrowserStore($route, HOME);
  // The page follows storage: a charter saved, deleted or put back in another tab.
  useBrowserStore(charterDocs.$docs, NONE);
  let body;
  if (route.view === 'shared') body = <SharedView config={config} token={route.token} />;
  else if (route.view === 'doc') body = <CharterDocView config={config} id={route.id} together={!!route.together} />;
  else body = <CharterList config={config} />;
  return <div class="charter-app">{body}</div>;
}
