import { useStore } from '@nanostores/preact';
import { byId } from '../../lib/storage/envelope';
import { charters as charterDocs } from '../../stores/persistence';
import ToolShell from '../shared/ToolShell';
import CharterList from './CharterList';
import { route as $route } from '../shared/route';
import { NotFound } from '../shared/SharedLink';
import type { CharterConfig } from './types';
import { lazyComponent } from '../shared/lazy';

/** A partner's charter (and the merge) loads only when a share link is opened, the editor when a charter is. */
const SharedView = lazyComponent(() => import('./SharedView'), 'Opening the shared charter…');
const CharterEditor = lazyComponent(() => import('./CharterEditor'), 'Opening the charter…');

/** The charter builder: the list of charters, one charter, or a charter shared by a partner. */
export default function CharterApp(config: CharterConfig) {
  return (
    <ToolShell base={config.base}>
      <CharterRoutes {...config} />
    </ToolShell>
  );
}

function CharterRoutes(config: CharterConfig) {
  const route = useStore($route);
  const charters = useStore(charterDocs.$docs);
  let body;
  if (route.view === 'shared') body = <SharedView config={config} token={route.token} />;
  else if (route.view === 'doc') {
    const doc = byId(charters, route.id);
    body = doc ? <CharterEditor key={doc.id} config={config} doc={doc} /> : <NotFound what="charter" type="charter" id={route.id} homeLabel="See your charters" />;
  } else body = <CharterList config={config} />;
  return <div class="charter-app">{body}</div>;
}
