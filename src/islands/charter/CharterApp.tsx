import { useStore } from '@nanostores/preact';
import { $charters } from '../../stores/persistence';
import StorageNotices from '../shared/StorageNotices';
import CharterEditor from './CharterEditor';
import CharterList from './CharterList';
import SharedView from './SharedView';
import { route as $route, go } from '../shared/route';
import type { CharterConfig } from './types';

/** The charter builder: the list of charters, one charter, or a charter shared by a partner. */
export default function CharterApp(config: CharterConfig) {
  const route = useStore($route);
  const charters = useStore($charters);
  let body;
  if (route.view === 'shared') body = <SharedView config={config} token={route.token} />;
  else if (route.view === 'doc') {
    const doc = charters[route.id];
    body = doc ? (
      <CharterEditor key={doc.id} config={config} doc={doc} />
    ) : (
      <div class="notice notice-warn" role="alert">
        <p>There is no charter with this address in this browser. It may have been deleted, or made in another browser.</p>
        <p>
          <a href={location.pathname} onClick={(e) => go(e, null)}>
            See your charters
          </a>
        </p>
      </div>
    );
  } else body = <CharterList config={config} />;
  return (
    <div class="charter-app">
      <div class="no-print">
        <StorageNotices base={config.base} />
      </div>
      {body}
    </div>
  );
}
