import { useStore } from '@nanostores/preact';
import { byId } from '../../lib/storage/envelope';
import { assessments as assessmentDocs } from '../../stores/persistence';
import ToolShell from '../shared/ToolShell';
import { route as $route } from '../shared/route';
import { NotFound } from '../shared/SharedLink';
import Compare from './Compare';
import Home from './Home';
import Questionnaire from './Questionnaire';
import Results from './Results';
import type { ReciprocityConfig } from './types';

/** The reciprocity self-assessment: start or resume, answer, see results, compare with the partner. */
export default function ReciprocityApp(config: ReciprocityConfig) {
  return (
    <ToolShell base={config.base}>
      <ReciprocityRoutes {...config} />
    </ToolShell>
  );
}

function ReciprocityRoutes(config: ReciprocityConfig) {
  const route = useStore($route);
  const assessments = useStore(assessmentDocs.$docs);
  let body;
  if (route.view === 'shared') body = <Compare config={config} token={route.token} />;
  else if (route.view === 'doc') {
    const doc = byId(assessments, route.id);
    if (!doc) {
      body = <NotFound what="assessment" type="assessment" id={route.id} homeLabel="Go to the self-assessment" />;
    } else if (doc.data.instrument !== config.instrument.id) {
      body = <p class="notice notice-warn">This assessment was taken with a different questionnaire and cannot be shown here.</p>;
    } else body = doc.data.status === 'draft' ? <Questionnaire key={doc.id} config={config} doc={doc} /> : <Results key={doc.id} config={config} doc={doc} />;
  } else body = <Home config={config} />;
  return <div class="reciprocity-app">{body}</div>;
}
