import { useStore } from '@nanostores/preact';
import { byId } from '../../lib/storage/envelope';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type AssessmentDoc, type Role } from '../../lib/docs/assessment-doc';
import { formatDate } from '../../lib/format';
import { encodeResults, toSharedResults } from '../../lib/reciprocity/share';
import { BALANCE_SHORT, dimensionMissing, scoreAssessment, type DimensionResult, type Result } from '../../lib/reciprocity/score';
import ConcernsNote from '../shared/ConcernsNote';
import type { Instrument } from '../../lib/reciprocity/schema';
import { MAX_LINK_CHARS, shareFragment } from '../../lib/share';
import { assessments, charters as charterDocs } from '../../stores/persistence';
import { BarChart } from './charts';
import { STAGE_LABEL, chartLabel } from './labels';
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
  const inst = config.instrument;
  const d = doc.data;
  const result = scoreAssessment(inst, d.role, d.stage, d.answers);
  const charters = useStore(charterDocs.$docs);
  const charter = d.charterId ? byId(charters, d.charterId) : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Take focus unless something on this view has it (route.ts may have put it on the page's title while this view loaded).
    if (document.activeElement === document.body || !document.activeElement?.isConnected || document.activeElement.matches('#main h1')) heading.current?.focus();
  }, []);
  const stage = STAGE_LABEL(inst, d.stage);

  return (
    <div class="results">
      <div class="print-header" aria-hidden="true">
        <span>{inst.title}</span>
        <span>{formatDate(d.completedAt ?? doc.updatedAt)}</span>
      </div>
      <h2 id="results-title" tabIndex={-1} ref={heading}>
        {earlierNote ? 'Your results from an earlier questionnaire' : 'Your results'}
      </h2>
      <p class="meta-line">
        As the {d.role}
        {d.name ? ` (${d.name})` : ''}, {stage.toLowerCase()}, {formatDate(d.completedAt ?? doc.updatedAt)}
        {charter ? `, about “${charter.data.title || 'a charter'}”` : ''}.
      </p>
      {earlierNote && (
        <div class="notice earlier-note">
          <p>
            <strong>Earlier questionnaire.</strong> {earlierNote}
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
        <h3 id="overall-title">Overall</h3>
        {result.overall === null ? (
          <p class="missing">{result.missing}</p>
        ) : (
          <p>
            <span class="big-score">{result.overall}</span>
            <span class="of-100"> out of 100</span> {result.overallBand && <span class={`band band-${result.overallBand.id}`}>{result.overallBand.label}</span>}
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
          <strong>What to expect at this stage ({stage.toLowerCase()}):</strong> {result.expect} The stage does not change any score.
        </p>
        <h3>Giving and getting</h3>
        <p>
          <strong>{result.balance.text}</strong>
          {result.balance.give !== null && result.balance.get !== null && (
            <>
              {' '}
              (what you give: {result.balance.give} out of 100; what you get: {result.balance.get} out of 100)
            </>
          )}
        </p>
        {result.balanceNote && <p class="hint balance-note">{result.balanceNote}</p>}
        {result.oneSidedAdvice.give && <p class="one-sided-advice">{result.oneSidedAdvice.give}</p>}
        {result.oneSidedAdvice.get && <p class="one-sided-advice">{result.oneSidedAdvice.get}</p>}
        {result.safety && <SafetyNote config={config} />}
      </section>

      <section aria-labelledby="dims-title">
        <h3 id="dims-title">By dimension</h3>
        <p class="hint">Each part’s score is the weaker direction, so its band needs both to reach it.</p>
        <BarChart
          title="What you give and what you get in each dimension, out of 100"
          summary={result.dimensions.map((x) => `${x.title}: ${x.score === null ? 'too few answers' : `you give ${x.give}, you get ${x.get}`}`).join('; ')}
          labels={result.dimensions.map((x) => chartLabel(inst, x.id))}
          series={[
            {
              label: 'Give',
              values: result.dimensions.map((x) => x.give),
              className: 'series-me',
            },
            {
              label: 'Get',
              values: result.dimensions.map((x) => x.get),
              className: 'series-partner',
            },
          ]}
        />
        <p class="chart-key" aria-hidden="true">
          <span class="key series-me" /> What you give <span class="key series-partner" /> What you get
        </p>
        <DimensionTable inst={inst} result={result} />
      </section>

      <Priorities config={config} result={result} />

      {earlierNote ? (
        <p class="button-row no-print">
          <button type="button" class="secondary" onClick={() => window.print()}>
            Print results
          </button>
          <a class="button secondary" href={location.pathname} onClick={(e) => go(e, null)}>
            Take the current questionnaire
          </a>
        </p>
      ) : (
        <div class="no-print">
          <ShareResults doc={doc} />
          {d.compareWith && (
            <p>
              <a class="button" href={shareFragment(d.compareWith)}>
                Compare with your partner’s results
              </a>
            </p>
          )}
          <p class="button-row">
            <button type="button" class="secondary" onClick={() => window.print()}>
              Print results
            </button>
            <a class="button secondary" href={location.pathname} onClick={(e) => go(e, null)}>
              Back to the self-assessment
            </a>
          </p>
          <p class="hint">
            Changed your mind about an answer?{' '}
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
              Reopen the answers
            </button>
            .
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
  return (
    <ul class="dim-results">
      {result.dimensions.map((x) => (
        <li key={x.id}>
          <h4>{x.title}</h4>
          {x.score === null ? (
            <p>{dimensionMissing(x, inst.minimum.behavioursEachWay, inst.notApplicable)}</p>
          ) : (
            <>
              <p>
                <strong>{x.score}</strong> out of 100 {x.band && <span class={`band band-${x.band.id}`}>{x.band.label}</span>}
                {x.nearBoundary && <span class="hint near-boundary"> {x.nearBoundary}</span>}
              </p>
              <p>
                You give {x.give}, you get {x.get}: {BALANCE_SHORT[x.balance.kind].toLowerCase()}.
              </p>
              {x.verdict && <p class={x.oneSided ? 'one-sided' : undefined}>{x.oneSided ? <OneSided d={x} /> : x.verdict}</p>}
            </>
          )}
          <p class="hint">At this stage: {x.expect}</p>
        </li>
      ))}
    </ul>
  );
}

/** A one-sided dimension: its name in bold, then what to do. */
function OneSided({ d }: { d: Pick<DimensionResult, 'oneSided' | 'verdict'> }) {
  const label = d.oneSided!.label;
  return (
    <>
      <strong>{label}</strong>
      {d.verdict!.slice(label.length)}
    </>
  );
}

/** When someone gives much more than they get, or nothing is happening: the guide on power and safety and the concerns contact. */
function SafetyNote({ config }: { config: ReciprocityConfig }) {
  if (!config.concerns) {
    return config.safetyGuide ? (
      <p class="safety-note">
        If this feels unfair, or your time or work is used without credit, read <a href={config.safetyGuide.href}>{config.safetyGuide.title}</a>.
      </p>
    ) : null;
  }
  return (
    <ConcernsNote
      concerns={config.concerns}
      id="results-concerns"
      title="If this feels one-sided or unfair"
      lead="If your time or work is being used without credit, you are treated badly, or you want to end the relationship without a meeting, you can talk in confidence to"
      guide={config.safetyGuide}
      class="results-concerns"
    />
  );
}

/** Steps meant for the other role are left out. */
const forRole = (steps: LinkedStep[], role: Role): LinkedStep[] => steps.filter((s) => !s.for || s.for === role);

function Priorities({ config, result }: { config: ReciprocityConfig; result: Result }) {
  if (result.overall === null || result.sameAnswer !== null) return null;
  if (result.priorities.length === 0) {
    return (
      <section aria-labelledby="prio-title">
        <h3 id="prio-title">What to work on</h3>
        {result.allStrong && <p>{result.allStrong}</p>}
        {result.waiting && <p class="waiting">Nothing else needs to come first at this stage. {result.waiting}</p>}
      </section>
    );
  }
  return (
    <section class="priorities" aria-labelledby="prio-title">
      <h3 id="prio-title">Work on these first</h3>
      <ol>
        {result.priorities.map((p) => (
          <li key={p.id}>
            <h4>
              {p.title}: {p.score} ({p.band!.label.toLowerCase()})
            </h4>
            {!p.bandSteps ? (
              <p>
                <strong>{p.oneSided?.label ?? `${BALANCE_SHORT[p.balance.kind]}.`}</strong>
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
          Where you give more than you get, what to do is under “Giving and getting” above.
          {config.safetyGuide && (
            <>
              {' '}
              <a href={config.safetyGuide.href}>Read “{config.safetyGuide.title}”</a>
            </>
          )}
        </p>
      )}
      {result.waiting && <p class="hint waiting">{result.waiting}</p>}
    </section>
  );
}

function ShareResults({ doc }: { doc: AssessmentDoc }) {
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');
  async function make() {
    const token = await encodeResults(toSharedResults(doc));
    const url = `${location.origin}${location.pathname}${shareFragment(token)}`;
    setLink(url.length > MAX_LINK_CHARS ? '' : url);
    setStatus(url.length > MAX_LINK_CHARS ? 'These results are too long for a link.' : '');
  }
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied. Send it to your partner.');
    } catch {
      setStatus('Your browser did not let the page copy. Select the link and copy it yourself.');
    }
  }
  return (
    <section class="tool-panel" aria-labelledby="share-title">
      <h3 id="share-title">Compare with my partner</h3>
      <p>
        Send your partner a link with your answers (your role, stage, date
        {doc.data.name ? ' and name' : ''}; nothing else). When they open it after taking the assessment themselves, they see, behaviour by behaviour, how your
        view of what you do for them compares with their view of what they get, and the other way round. The answers travel inside the link and are not stored
        anywhere.
      </p>
      {!link ? (
        <button type="button" onClick={() => void make()}>
          Make a link for my partner
        </button>
      ) : (
        <div class="share-result">
          <label for="results-link">Link to your results</label>
          <textarea id="results-link" readOnly rows={3} value={link} onFocus={(e) => e.currentTarget.select()} />
          <p>
            <button type="button" onClick={() => void copy()}>
              Copy link
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
