import { useStore } from '@nanostores/preact';
import { byId } from '../../lib/storage/envelope';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type AssessmentDoc, type Role } from '../../lib/docs/assessment-doc';
import { encodeResults, toSharedResults } from '../../lib/reciprocity/share';
import { BALANCE_IN_SENTENCE, BALANCE_SHORT, dimensionMissing, scoreAssessment, type DimensionResult, type Result } from '../../lib/reciprocity/score';
import ConcernsNote from '../shared/ConcernsNote';
import type { Instrument } from '../../lib/reciprocity/schema';
import { MAX_LINK_CHARS, shareFragment } from '../../lib/share';
import { assessments, charters as charterDocs } from '../../stores/persistence';
import { BarChart } from './charts';
import { AS_ROLE, STAGE_LABEL, capitalise, chartLabel } from './labels';
import { Rich, useT } from '../shared/i18n';
import type { LinkedStep, ReciprocityConfig } from './types';
import { go } from '../shared/route';
import { lazy } from '../shared/lazy';

// Shown only to someone who has charters, once the page runs (it names them as My mentoring does).
const CharterPicker = lazy(() => import('../shared/CharterPicker'));

interface Props {
  config: ReciprocityConfig;
  doc: AssessmentDoc;
  /**
   * Set for an assessment answered with an earlier version of the paired questionnaire, shown with
   * that version (`config.instrument`): read-only, never shared, compared or reopened.
   */
  earlierNote?: string | undefined;
}

/** Score, band and meaning per dimension and overall, what I give and get, what to work on, and sharing. */
export default function Results({ config, doc, earlierNote }: Props) {
  const t = useT();
  const inst = config.instrument;
  const d = doc.data;
  const result = scoreAssessment(inst, d.role, d.stage, d.answers, t);
  const charters = useStore(charterDocs.$docs);
  const charter = d.charterId ? byId(charters, d.charterId) : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Take focus unless something on this view has it (route.ts may have put it on the page's title while this view loaded).
    if (document.activeElement === document.body || !document.activeElement?.isConnected || document.activeElement.matches('#main h1')) heading.current?.focus();
  }, []);
  const stage = STAGE_LABEL(inst, d.stage);
  const date = t.date(d.completedAt ?? doc.updatedAt);
  const meta = { asRole: t(AS_ROLE[d.role]), name: d.name, stage: stage.toLowerCase(), date, charter: charter ? charter.data.title || t('reciprocity.results.aCharter') : '' };

  return (
    <div class="results">
      <div class="print-header" aria-hidden="true">
        <span>{inst.title}</span>
        <span>{date}</span>
      </div>
      <h2 id="results-title" tabIndex={-1} ref={heading}>
        {earlierNote ? t('reciprocity.results.titleEarlier') : t('reciprocity.results.title')}
      </h2>
      <p class="meta-line">
        {capitalise(
          d.name
            ? charter
              ? t('reciprocity.results.meta.namedAbout', meta)
              : t('reciprocity.results.meta.named', meta)
            : charter
              ? t('reciprocity.results.meta.about', meta)
              : t('reciprocity.results.meta.plain', meta),
        )}
      </p>
      {earlierNote && (
        <div class="notice earlier-note">
          <p>
            <strong>{t('reciprocity.earlier.label')}</strong> {earlierNote}
          </p>
        </div>
      )}
      {!earlierNote && (
        <div class="no-print">
          <CharterPicker id="results-charter" kept value={d.charterId ?? ''} onChange={(id) => assessments.update(doc.id, (x) => linkTo(x, id))} />
        </div>
      )}
      <p class="framing">{inst.framing}</p>

      <section class="result-summary" aria-labelledby="overall-title">
        <h3 id="overall-title">{t('reciprocity.results.overall')}</h3>
        {result.overall === null ? (
          <p class="missing">{result.missing}</p>
        ) : (
          <p>
            <span class="big-score">{result.overall}</span>
            <span class="of-100"> {t('reciprocity.results.outOf100')}</span> {result.overallBand && <span class={`band band-${result.overallBand.id}`}>{result.overallBand.label}</span>}
          </p>
        )}
        {result.sameAnswerText && (
          <p class="notice notice-warn same-answer">
            <strong>{result.sameAnswerText}</strong>
          </p>
        )}
        {result.littleHappening && (
          <p class="notice notice-warn little-happening">
            <strong>{result.littleHappening}</strong>
          </p>
        )}
        {result.nearSameText && <p class="notice near-same">{result.nearSameText}</p>}
        {result.excluded && <p class="hint excluded">{result.excluded}</p>}
        {result.overallText && <p>{result.overallText}</p>}
        <p class="expect">
          <strong>{t('reciprocity.results.expectAt', { stage: stage.toLowerCase() })}</strong> {result.expect} {t('reciprocity.results.stageNoScore')}
        </p>
        <h3>{t('reciprocity.givingAndGetting')}</h3>
        <p>
          <strong>{result.balance.text}</strong>
          {result.balance.give !== null && result.balance.get !== null && <> {t('reciprocity.results.giveGetScores', { give: result.balance.give, get: result.balance.get })}</>}
        </p>
        {result.balanceNote && <p class="hint balance-note">{result.balanceNote}</p>}
        {result.oneSidedAdvice.give && <p class="one-sided-advice">{result.oneSidedAdvice.give}</p>}
        {result.oneSidedAdvice.get && <p class="one-sided-advice">{result.oneSidedAdvice.get}</p>}
        {result.safety && <SafetyNote config={config} />}
      </section>

      <section aria-labelledby="dims-title">
        <h3 id="dims-title">{t('reciprocity.results.byDimension')}</h3>
        <p class="hint">{t('reciprocity.results.weakerDirection')}</p>
        <BarChart
          title={t('reciprocity.results.chart.title')}
          summary={result.dimensions
            .map((x) => (x.score === null ? t('reciprocity.results.chart.tooFew', { part: x.title }) : t('reciprocity.results.chart.giveGet', { part: x.title, give: x.give!, get: x.get! })))
            .join('; ')}
          labels={result.dimensions.map((x) => chartLabel(inst, x.id))}
          series={[
            {
              label: t('reciprocity.results.chart.give'),
              values: result.dimensions.map((x) => x.give),
              className: 'series-me',
            },
            {
              label: t('reciprocity.results.chart.get'),
              values: result.dimensions.map((x) => x.get),
              className: 'series-partner',
            },
          ]}
        />
        <p class="chart-key" aria-hidden="true">
          <span class="key series-me" /> {t('reciprocity.results.chart.whatYouGive')} <span class="key series-partner" /> {t('reciprocity.results.chart.whatYouGet')}
        </p>
        <DimensionTable inst={inst} result={result} />
      </section>

      <Priorities config={config} result={result} />

      {earlierNote ? (
        <p class="button-row no-print">
          <button type="button" class="secondary" onClick={() => window.print()}>
            {t('reciprocity.results.print')}
          </button>
          <a class="button secondary" href={location.pathname} onClick={(e) => go(e, null)}>
            {t('reciprocity.takeCurrent')}
          </a>
        </p>
      ) : (
        <div class="no-print">
          <ShareResults doc={doc} />
          {d.compareWith && (
            <p>
              <a class="button" href={shareFragment(d.compareWith)}>
                {t('reciprocity.results.compare')}
              </a>
            </p>
          )}
          <p class="button-row">
            <button type="button" class="secondary" onClick={() => window.print()}>
              {t('reciprocity.results.print')}
            </button>
            <a class="button secondary" href={location.pathname} onClick={(e) => go(e, null)}>
              {t('reciprocity.back')}
            </a>
          </p>
          <p class="hint">
            <Rich
              k="reciprocity.results.reopen"
              slots={{
                reopen: (
                  <button
                    type="button"
                    class="link-button"
                    onClick={() =>
                      assessments.update(doc.id, (x) => ({
                        ...x,
                        status: 'draft' as const,
                      }))
                    }
                  >
                    {t('reciprocity.results.reopenButton')}
                  </button>
                ),
              }}
            />
          </p>
        </div>
      )}
    </div>
  );
}

/** The assessment linked to a charter, or to none (`''`). */
function linkTo(d: AssessmentDoc['data'], charterId: string): AssessmentDoc['data'] {
  const { charterId: _old, ...rest } = d;
  return charterId ? { ...rest, charterId } : rest;
}

/** Each dimension's score, give and get, band and meaning, and what to expect, as text (the chart's alternative). */
export function DimensionTable({ inst, result }: { inst: Instrument; result: Result }) {
  const t = useT();
  return (
    <ul class="dim-results">
      {result.dimensions.map((x) => (
        <li key={x.id}>
          <h4>{x.title}</h4>
          {x.score === null ? (
            <p>{dimensionMissing(x, inst.minimum.behavioursEachWay, inst.notApplicable, t)}</p>
          ) : (
            <>
              <p>
                <strong>{x.score}</strong> {t('reciprocity.results.outOf100')} {x.band && <span class={`band band-${x.band.id}`}>{x.band.label}</span>}
                {x.nearBoundary && <span class="hint near-boundary"> {x.nearBoundary}</span>}
              </p>
              <p>{t('reciprocity.results.giveGet', { give: x.give!, get: x.get!, balance: t(BALANCE_IN_SENTENCE[x.balance.kind]) })}</p>
              {x.verdict && <p class={x.oneSided ? 'one-sided' : undefined}>{x.oneSided ? <OneSided d={x} /> : x.verdict}</p>}
            </>
          )}
          <p class="hint">{t('reciprocity.results.atThisStage', { expect: x.expect })}</p>
        </li>
      ))}
    </ul>
  );
}

/** A one-sided dimension: its name in bold, then, when it leans that way, where to read what to do (the verdict, with its name set off). */
function OneSided({ d }: { d: Pick<DimensionResult, 'oneSided' | 'verdict' | 'leans'> }) {
  const label = <strong>{d.oneSided!.label}</strong>;
  return d.leans ? <Rich k="reciprocity.verdict.oneSidedPointer" slots={{ label }} /> : label;
}

/** When someone gives much more than they get, or nothing is happening: the guide on power and safety and the concerns contact. */
function SafetyNote({ config }: { config: ReciprocityConfig }) {
  const t = useT();
  if (!config.concerns) {
    return config.safetyGuide ? (
      <p class="safety-note">
        <Rich k="reciprocity.results.safety.read" slots={{ guide: <a href={config.safetyGuide.href}>{config.safetyGuide.title}</a> }} />
      </p>
    ) : null;
  }
  return (
    <ConcernsNote
      concerns={config.concerns}
      id="results-concerns"
      title={t('reciprocity.results.safety.title')}
      lead={t('reciprocity.results.safety.lead')}
      guide={config.safetyGuide}
      class="results-concerns"
    />
  );
}

/** Steps meant for the other role are left out. */
const forRole = (steps: LinkedStep[], role: Role): LinkedStep[] => steps.filter((s) => !s.for || s.for === role);

function Priorities({ config, result }: { config: ReciprocityConfig; result: Result }) {
  const t = useT();
  if (result.overall === null || result.sameAnswer !== null) return null;
  if (result.priorities.length === 0) {
    return (
      <section aria-labelledby="prio-title">
        <h3 id="prio-title">{t('reciprocity.results.priorities.whatToWorkOn')}</h3>
        {result.allStrong && <p>{result.allStrong}</p>}
        {result.waiting && (
          <p class="waiting">
            {t('reciprocity.results.priorities.nothingElse')} {result.waiting}
          </p>
        )}
      </section>
    );
  }
  return (
    <section class="priorities" aria-labelledby="prio-title">
      <h3 id="prio-title">{t('reciprocity.results.priorities.title')}</h3>
      <ol>
        {result.priorities.map((p) => (
          <li key={p.id}>
            <h4>{t('reciprocity.results.priorities.part', { part: p.title, score: p.score!, band: p.band!.label.toLowerCase() })}</h4>
            {!p.bandSteps ? (
              <p>
                <strong>{p.oneSided?.label ?? t('reciprocity.results.priorities.balance', { balance: t(BALANCE_SHORT[p.balance.kind]) })}</strong>
              </p>
            ) : (
              <ul>
                {forRole(config.steps[`${p.id}/${p.band!.id}`] ?? [], result.role).map((s, i) => (
                  <li key={i}>
                    {s.text}
                    {s.href && (
                      <>
                        {' '}
                        <a href={s.href}>{s.linkText}</a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {result.priorities.some((p) => !p.bandSteps) && (
        <p class="one-sided-pointer">
          {t('reciprocity.results.priorities.pointer')}
          {config.safetyGuide && (
            <>
              {' '}
              <a href={config.safetyGuide.href}>{t('reciprocity.readGuide', { title: config.safetyGuide.title })}</a>
            </>
          )}
        </p>
      )}
      {result.waiting && <p class="hint waiting">{result.waiting}</p>}
    </section>
  );
}

function ShareResults({ doc }: { doc: AssessmentDoc }) {
  const t = useT();
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');
  async function make() {
    const token = await encodeResults(toSharedResults(doc));
    const url = `${location.origin}${location.pathname}${shareFragment(token)}`;
    setLink(url.length > MAX_LINK_CHARS ? '' : url);
    setStatus(url.length > MAX_LINK_CHARS ? t('reciprocity.share.tooLong') : '');
  }
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t('reciprocity.share.copied'));
    } catch {
      setStatus(t('reciprocity.share.notCopied'));
    }
  }
  return (
    <section class="tool-panel" aria-labelledby="share-title">
      <h3 id="share-title">{t('reciprocity.share.title')}</h3>
      <p>{doc.data.name ? t('reciprocity.share.explainNamed') : t('reciprocity.share.explain')}</p>
      {!link ? (
        <button type="button" onClick={() => void make()}>
          {t('reciprocity.share.make')}
        </button>
      ) : (
        <div class="share-result">
          <label for="results-link">{t('reciprocity.share.link')}</label>
          <textarea id="results-link" readOnly rows={3} value={link} onFocus={(e) => e.currentTarget.select()} />
          <p>
            <button type="button" onClick={() => void copy()}>
              {t('reciprocity.share.copy')}
            </button>
          </p>
        </div>
      )}
      <p role="status" class="hint">
        {status}
      </p>
    </section>
  );
}
