import { useStore } from '@nanostores/preact';
import { assessments as assessmentDocs } from '../../stores/persistence';
import ToolShell from '../shared/ToolShell';
import { route as $route } from '../shared/route';
import { NotFound } from '../shared/SharedLink';
import { lazyComponent } from '../shared/lazy';
import { EARLIER_ID } from '../../lib/reciprocity/earlier-id';
import Home from './Home';
import Questionnaire from './Questionnaire';
import Results from './Results';
import type { ReciprocityConfig } from './types';

/** A partner's results, and an assessment of the earlier questionnaire, load only when opened. */
const Compare = lazyComponent(() => import('./Compare'), 'Opening your partner’s results…');
const Earlier = lazyComponent(() => import('./Earlier'), 'Opening the earlier questionnaire…');

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
    const doc = assessments[route.id];
    if (!doc) {
      body = <NotFound what="assessment" homeLabel="Go to the self-assessment" />;
    } else if (doc.data.instrument === config.instrument.id) {
      body = doc.data.status === 'draft' ? <Questionnaire key={doc.id} config={config} doc={doc} /> : <Results key={doc.id} config={config} doc={doc} />;
    } else if (doc.data.instrument === EARLIER_ID) {
      const d = doc.data;
      body = <Earlier key={doc.id} config={config} who={{ mine: true, status: d.status }} role={d.role} stage={d.stage} date={d.completedAt ?? doc.updatedAt} answers={d.answers} />;
    } else {
      body = <p class="notice notice-warn">This assessment was taken with a different questionnaire and cannot be shown here. It is kept, and included when you export from My data.</p>;
    }
  } else body = <Home config={config} />;
  return <div class="reciprocity-app">{body}</div>;
}
