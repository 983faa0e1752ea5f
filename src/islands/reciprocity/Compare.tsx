import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { type AssessmentDoc } from '../../lib/docs/assessment-doc';
import { formatDate } from '../../lib/format';
import { decodeResults, type SharedResults } from '../../lib/reciprocity/share';
import { BALANCE_SHORT, compare, comparisonVerdict, type FlowGap, type NamedGap } from '../../lib/reciprocity/score';
import { assessmentDate, byInstrument } from '../../lib/reciprocity/assessments';
import type { Instrument } from '../../lib/reciprocity/schema';
import { assessments } from '../../stores/persistence';
import { go, leaveShared } from '../shared/route';
import { SharedLinkError, useSharedLink } from '../shared/SharedLink';
import Earlier from './Earlier';
import { STAGE_LABEL, answerCell, otherRole } from './labels';
import type { ReciprocityConfig } from './types';

interface Props {
  config: ReciprocityConfig;
  token: string;
}

type Opened = { results: SharedResults; questionnaire: 'current' | 'earlier' };

/** A partner's shared results beside mine, behaviour by behaviour and in both directions, with the largest gaps named. */
export default function Compare({ config, token }: Props) {
  const inst = config.instrument;
  const all = useStore(assessments.$list);
  const list = byInstrument(all, inst.id).current;
  const [chosen, setChosen] = useState<string | null>(null);
  const [state, heading] = useSharedLink<Opened>(token, async (t) => {
    const r = await decodeResults(t, inst.id);
    return r.ok
      ? { ok: true as const, value: { results: r.results, questionnaire: r.questionnaire } }
      : { ok: false as const, error: r.error, otherHref: r.otherKind === 'charter' ? `${config.base}tools/charter/${location.hash}` : undefined, otherName: 'charter builder' };
  });

  if (!state) return <p role="status">Opening your partner’s results…</p>;
  if (!state.ok) return <SharedLinkError error={state.error} otherHref={state.otherHref} otherName={state.otherName} homeLabel="Go to the self-assessment" headingRef={heading} />;

  const partner = state.value.results;
  if (state.value.questionnaire === 'earlier') {
    return <Earlier config={config} who={{ mine: false, name: partner.name }} role={partner.role} stage={partner.stage} date={partner.date} answers={partner.answers} />;
  }
  const who = partner.name.trim() || `Your ${partner.role}`;
  const whoInSentence = partner.name.trim() || `your ${partner.role}`;
  const completed = list.filter((d) => d.data.status === 'complete');
  const preferred = completed.filter((d) => d.data.role !== partner.role);
  const mine: AssessmentDoc | undefined = completed.find((d) => d.id === chosen) ?? preferred[0];

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
          compare, take the self-assessment yourself first, as the {otherRole(partner.role)}: then you will see, behaviour by behaviour,
          where your views differ.
        </p>
        {completed.length > 0 && (
          <p class="hint">
            Your completed assessments were all answered as the {partner.role}, like {whoInSentence}’s. A comparison sets a mentor’s
            answers beside a mentee’s.
          </p>
        )}
        <p>
          <button type="button" onClick={takeIt}>
            Take the self-assessment as the {otherRole(partner.role)}
          </button>
        </p>
      </div>
    );
  }

  const c = compare(inst, { ...mine.data }, partner);
  const header = (
    <>
      <h2 tabIndex={-1} ref={heading}>
        You and {who}: where you see it differently
      </h2>
      {c.ok && c.stageNote && (
        <p class="notice notice-warn stage-note">
          <strong>Different stages.</strong> {c.stageNote}
        </p>
      )}
    </>
  );
  if (!c.ok) {
    return (
      <div class="compare-view">
        {header}
        <p class="notice notice-warn" role="alert">
          {c.message}
        </p>
      </div>
    );
  }

  return (
    <div class="compare-view">
      {header}
      <p>
        Your answers as the {mine.data.role} ({formatDate(assessmentDate(mine))}) next to {whoInSentence}’s as the {partner.role} (
        {formatDate(partner.date)}). For each behaviour, what one of you says they do is set beside what the other says they get.
      </p>
      <p class="framing">{inst.framing}</p>
      {preferred.length > 1 && (
        <div class="field no-print">
          <label for="compare-mine">Compare with which of your assessments</label>
          <select id="compare-mine" value={mine.id} onChange={(e) => setChosen(e.currentTarget.value)}>
            {preferred.map((d) => (
              <option key={d.id} value={d.id}>
                As {d.data.role}, {formatDate(assessmentDate(d))}
              </option>
            ))}
          </select>
        </div>
      )}

      <section aria-labelledby="gaps-title">
        <h3 id="gaps-title">The biggest differences</h3>
        <GapList id="gaps-from-me" title={`What you do for ${whoInSentence}`} gaps={c.largest.fromMe} note={comparisonVerdict(c, 'from-me')} />
        <GapList id="gaps-to-me" title={`What ${whoInSentence} does for you`} gaps={c.largest.toMe} note={comparisonVerdict(c, 'to-me')} />
        {c.largest.fromMe.length + c.largest.toMe.length > 0 && (
          <>
            <p class="hint">Questions to talk about:</p>
            <ul class="conversation">
              {conversationFor(inst, [...c.largest.fromMe, ...c.largest.toMe]).map((q, i) => (
                <li key={i}>{q}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="flows-title">
        <h3 id="flows-title">Behaviour by behaviour</h3>
        <FlowTable inst={inst} caption={`What you do for ${whoInSentence}: what you say, and what ${whoInSentence} says they get`} flows={c.flows.filter((f) => f.flow === 'from-me')} other={who} mineFirst />
        <FlowTable inst={inst} caption={`What ${whoInSentence} does for you: what ${whoInSentence} says, and what you say you get`} flows={c.flows.filter((f) => f.flow === 'to-me')} other={who} mineFirst={false} />
      </section>

      <section aria-labelledby="side-title">
        <h3 id="side-title">Each dimension</h3>
        <table class="data-table">
          <caption class="visually-hidden">Your score and {whoInSentence}’s for each dimension, out of 100</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">You</th>
              <th scope="col">{who}</th>
            </tr>
          </thead>
          <tbody>
            {c.dimensions.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.title}</th>
                <td>{g.mine ?? 'too few answers'}</td>
                <td>{g.theirs ?? 'too few answers'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>Giving and getting</h3>
        <ul>
          <li>You: {BALANCE_SHORT[c.mine.balance.kind].toLowerCase()}.</li>
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

function GapList({ id, title, gaps, note }: { id: string; title: string; gaps: NamedGap[]; note: string | null }) {
  return (
    <>
      <h4 id={id}>{title}</h4>
      {gaps.length > 0 && (
        <ol class="gap-list" aria-labelledby={id}>
          {gaps.map((g) => (
            <li key={g.behaviour}>{g.text}</li>
          ))}
        </ol>
      )}
      {note && <p class="gap-note">{note}</p>}
    </>
  );
}

/** The conversation starters of the dimensions the named gaps fall in, at most one per dimension and three in all. */
function conversationFor(inst: Instrument, gaps: NamedGap[]): string[] {
  const dims = [...new Set(gaps.map((g) => g.dimension))];
  return dims.slice(0, 3).map((id) => inst.dimensions.find((d) => d.id === id)!.conversation[0]!);
}

function FlowTable({ inst, caption, flows, other, mineFirst }: { inst: Instrument; caption: string; flows: FlowGap[]; other: string; mineFirst: boolean }) {
  return (
    <div class="table-scroll">
      <table class="data-table flow-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Behaviour</th>
            <th scope="col">You say</th>
            <th scope="col">{other} says</th>
          </tr>
        </thead>
        <tbody>
          {flows.map((f) => {
            const b = inst.behaviours.find((x) => x.id === f.behaviour)!;
            const mineAnswer = mineFirst ? f.giver : f.receiver;
            const theirAnswer = mineFirst ? f.receiver : f.giver;
            const far = f.gap !== null && Math.abs(f.gap) >= inst.comparison.gap;
            return (
              <tr key={f.behaviour} class={far ? 'far' : undefined}>
                <th scope="row">{capitalise(b.gist.replace('{other}', mineFirst ? other : 'you'))}</th>
                <td>{answerCell(inst, mineAnswer)}</td>
                <td>
                  {answerCell(inst, theirAnswer)}
                  {far && <span class="visually-hidden"> (one of the larger gaps)</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
