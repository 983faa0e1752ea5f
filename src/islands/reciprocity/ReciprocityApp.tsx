import { useBrowserStore } from '../shared/hydration';
import { byId } from '../../lib/storage/envelope';
import { assessments as assessmentDocs } from '../../stores/persistence';
import ToolShell from '../shared/ToolShell';
import { route as $route } from '../shared/route';
import { lazy } from '../shared/lazy';
import { useT } from '../shared/i18n';
import { EARLIER_IDS } from '../../lib/reciprocity/earlier-id';
import Home from './Home';
import type { ReciprocityConfig } from './types';

// Home is the first view; the questions, the results and a partner's comparison load when opened.
const Questionnaire = lazy(() => import('./Questionnaire'));
const Results = lazy(() => import('./Results'));
const Compare = lazy(() => import('./Compare'));
const NotFound = lazy(async () => ({ default: (await import('../shared/SharedLink')).NotFound }));

const HOME = { view: 'home' } as const;
const NONE = {};
// An assessment answered with an earlier questionnaire (version 1 or 2) loads its own view and statements.
const EarlierDoc = lazy(() => import('./EarlierDoc'));

/** The reciprocity self-assessment: start or resume, answer, see results, compare with the partner. */
export default function ReciprocityApp(config: ReciprocityConfig) {
  return (
    <ToolShell base={config.base} strings={config.strings}>
      <ReciprocityRoutes {...config} />
    </ToolShell>
  );
}

function ReciprocityRoutes(config: ReciprocityConfig) {
  const t = useT();
  const route = useBrowserStore($route, HOME);
  const assessments = useBrowserStore(assessmentDocs.$docs, NONE);
  let body;
  if (route.view === 'shared') body = <Compare config={config} token={route.token} />;
  else if (route.view === 'doc') {
    const doc = byId(assessments, route.id);
    if (!doc) {
      body = <NotFound what={t('reciprocity.notFound.what')} type="assessment" id={route.id} homeLabel={t('reciprocity.goHome')} />;
    } else if (doc.data.instrument === config.instrument.id) {
      body = doc.data.status === 'draft' ? <Questionnaire key={doc.id} config={config} doc={doc} /> : <Results key={doc.id} config={config} doc={doc} />;
    } else if (EARLIER_IDS.includes(doc.data.instrument)) {
      body = <EarlierDoc key={doc.id} config={config} doc={doc} />;
    } else {
      body = <p class="notice notice-warn">{t('reciprocity.otherQuestionnaire')}</p>;
    }
  } else body = <Home config={config} />;
  return <div class="reciprocity-app">{body}</div>;
}
