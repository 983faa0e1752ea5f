import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { type AssessmentDoc } from '../../lib/docs/assessment-doc';
import { formatDate } from '../../lib/format';
import { decodeResults, type SharedResults } from '../../lib/reciprocity/share';
import { BALANCE_SHORT, compare } from '../../lib/reciprocity/score';
import { byInstrument } from '../../lib/reciprocity/assessments';
import { assessments } from '../../stores/persistence';
import { go, leaveShared } from '../shared/route';
import { SharedLinkError, useSharedLink } from '../shared/SharedLink';
import { BarChart } from './charts';
import { STAGE_LABEL, chartLabel, otherRole } from './labels';
import type { ReciprocityConfig } from './types';

interface Props {
  config: ReciprocityConfig;
  token: string;
}

/** A partner's shared results, side by side with mine, with the largest differences named. */
export default function Compare({ config, token }: Props) {
  const inst = config.instrument;
  const all = useStore(assessments.$list);
  const list = byInstrument(all, inst.id).current;
  const [chosen, setChosen] = useState<string | null>(null);
  const [state, heading] = useSharedLink<SharedResults>(token, async (t) => {
    const r = await decodeResults(t, inst.id);
    return r.ok
      ? { ok: true as const, value: r.results }
      : { ok: false as const, error: r.error, otherHref: r.otherKind === 'charter' ? `${config.base}tools/charter/${location.hash}` : undefined, otherName: 'charter builder' };
  });

  if (!state) return <p role="status">Opening your partner’s results…</p>;
  if (!state.ok) return <SharedLinkError error={state.error} otherHref={state.otherHref} otherName={state.otherName} homeLabel="Go to the self-assessment" headingRef={heading} />;

  const partner = state.value;
  const who = partner.name.trim() || `Your ${partner.role}`;
  const completed = list.filter((d) => d.data.status === 'complete');
  const preferred = completed.filter((d) => d.data.role !== partner.role);
  const mine: AssessmentDoc | undefined = completed.find((d) => d.id === chosen) ?? preferred[0] ?? completed[0];

  function takeIt() {
    const r = assessments.create({
      role: otherRole(partner.role),
      stage: partner.stage,
      name: '',
      status: 'draft',
      instrument: inst.id,
      answers: {},
      compareWith: token,
    });
    if (r.ok) leaveShared(r.doc.id);
  }

  if (!mine) {
    return (
      <div class="compare-view">
        <h2 tabIndex={-1} ref={heading}>
          {who}’s results
        </h2>
        <p>
          {who} answered as the {partner.role}, {STAGE_LABEL(inst, partner.stage).toLowerCase()}, on {formatDate(partner.date)}. To
          compare, take the self-assessment yourself first: you will not see their answers one by one, only how your views
          differ.
        </p>
        <p>
          <button type="button" onClick={takeIt}>
            Take the self-assessment as the {otherRole(partner.role)}
          </button>
        </p>
      </div>
    );
  }

  const c = compare(inst, mine.data, partner);
  return (
    <div class="compare-view">
      <h2 tabIndex={-1} ref={heading}>
        You and {who}: where you see it differently
      </h2>
      <p>
        Your answers as the {mine.data.role} ({formatDate(mine.data.completedAt ?? mine.updatedAt)}) next to {who}’s as the {partner.role} (
        {formatDate(partner.date)}). Scores are out of 100.
      </p>
      {completed.length > 1 && (
        <div class="field">
          <label for="compare-mine">Compare with which of your assessments</label>
          <select id="compare-mine" value={mine.id} onChange={(e) => setChosen(e.currentTarget.value)}>
            {completed.map((d) => (
              <option key={d.id} value={d.id}>
                As {d.data.role}, {formatDate(d.data.completedAt ?? d.updatedAt)}
              </option>
            ))}
          </select>
        </div>
      )}

      <section aria-labelledby="gaps-title">
        <h3 id="gaps-title">The biggest differences</h3>
        {c.largest.length === 0 ? (
          <p>You see every dimension much the same way (no gap of 15 points or more). Talk about what keeps it that way.</p>
        ) : (
          <ol class="gap-list">
            {c.largest.map((g) => (
              <li key={g.id}>
                <p>
                  <strong>{g.callout}</strong> (you: {g.mine}, {who}: {g.theirs})
                </p>
                <p class="hint">Questions to talk about:</p>
                <ul>
                  {g.conversation.map((q, i) => (
                    <li key={i}>{q}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="side-title">
        <h3 id="side-title">Side by side</h3>
        <BarChart
          title={`Your scores and ${who}’s, out of 100`}
          summary={c.gaps.map((g) => `${g.title}: you ${g.mine ?? 'too few answers'}, ${who} ${g.theirs ?? 'too few answers'}`).join('; ')}
          labels={c.gaps.map((g) => chartLabel(inst, g.id))}
          series={[
            { label: 'You', values: c.gaps.map((g) => g.mine), className: 'series-me' },
            { label: who, values: c.gaps.map((g) => g.theirs), className: 'series-partner' },
          ]}
        />
        <p class="chart-key" aria-hidden="true">
          <span class="key series-me" /> You <span class="key series-partner" /> {who}
        </p>
        <table class="data-table">
          <caption class="visually-hidden">Your scores and {who}’s for each dimension</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">You</th>
              <th scope="col">{who}</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {c.gaps.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.title}</th>
                <td>{g.mine ?? '–'}</td>
                <td>{g.theirs ?? '–'}</td>
                <td>{g.gap === null ? '–' : g.gap > 0 ? `+${g.gap}` : g.gap}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>Giving and getting</h3>
        <ul>
          <li>
            You: {BALANCE_SHORT[c.mine.balance.kind].toLowerCase()}.
          </li>
          <li>
            {who}: {BALANCE_SHORT[c.theirs.balance.kind].toLowerCase()}.
          </li>
        </ul>
      </section>
      <p class="button-row no-print">
        <button type="button" class="secondary" onClick={() => window.print()}>
          Print the comparison
        </button>
        <a class="button secondary" href={location.pathname} onClick={(e) => go(e, null)}>
          Back to the self-assessment
        </a>
      </p>
    </div>
  );
}
