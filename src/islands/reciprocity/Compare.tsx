import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { type AssessmentDoc } from '../../lib/docs/assessment-doc';
import { decodeResults, type SharedResults } from '../../lib/reciprocity/share';
import { BALANCE_IN_SENTENCE, compare, comparisonVerdict, type FlowGap, type NamedGap } from '../../lib/reciprocity/score';
import { assessmentDate, byInstrument } from '../../lib/reciprocity/assessments';
import type { Instrument } from '../../lib/reciprocity/schema';
import { assessments } from '../../stores/persistence';
import { go, leaveShared } from '../shared/route';
import { SharedLinkError, useSharedLink } from '../shared/SharedLink';
import Earlier from './Earlier';
import { useT } from '../shared/i18n';
import { AS_ROLE, STAGE_LABEL, YOUR_ROLE, answerCell, capitalise, otherRole } from './labels';
import type { ReciprocityConfig } from './types';

interface Props {
  config: ReciprocityConfig;
  token: string;
}

type Opened = { results: SharedResults; questionnaire: 'current' | 'earlier' };

/** A partner's shared results beside mine, behaviour by behaviour and in both directions, with the largest gaps named. */
export default function Compare({ config, token }: Props) {
  const t = useT();
  const inst = config.instrument;
  const all = useStore(assessments.$list);
  const list = byInstrument(all, inst.id).current;
  const [chosen, setChosen] = useState<string | null>(null);
  const [state, heading] = useSharedLink<Opened>(token, async (shared) => {
    const r = await decodeResults(shared, inst.id, t);
    return r.ok
      ? { ok: true as const, value: { results: r.results, questionnaire: r.questionnaire } }
      : { ok: false as const, error: r.error, otherHref: r.otherKind === 'charter' ? `${config.base}tools/charter/${location.hash}` : undefined, otherName: t('reciprocity.compare.charterBuilder') };
  });

  if (!state) return <p role="status">{t('reciprocity.compare.opening')}</p>;
  if (!state.ok) return <SharedLinkError error={state.error} otherHref={state.otherHref} otherName={state.otherName} homeLabel={t('reciprocity.goHome')} headingRef={heading} />;

  const partner = state.value.results;
  if (state.value.questionnaire === 'earlier') {
    return <Earlier config={config} who={{ mine: false, name: partner.name }} role={partner.role} stage={partner.stage} date={partner.date} answers={partner.answers} />;
  }
  // The partner by name, or as "your mentor"; `Who` starts a sentence or a column.
  const who = partner.name.trim() || t(YOUR_ROLE[partner.role]);
  const Who = capitalise(who);
  const asPartner = t(AS_ROLE[partner.role]);
  const asOther = t(AS_ROLE[otherRole(partner.role)]);
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
          {capitalise(t('reciprocity.compare.theirResults', { who }))}
        </h2>
        <p>{capitalise(t('reciprocity.compare.takeFirst', { who, asRole: asPartner, stage: STAGE_LABEL(inst, partner.stage).toLowerCase(), date: t.date(partner.date), asOther }))}</p>
        {completed.length > 0 && <p class="hint">{t('reciprocity.compare.sameRoleHint', { asRole: asPartner, who })}</p>}
        <p>
          <button type="button" onClick={takeIt}>
            {t('reciprocity.compare.take', { asRole: asOther })}
          </button>
        </p>
      </div>
    );
  }

  const c = compare(inst, { ...mine.data }, partner, t);
  const header = (
    <>
      <h2 tabIndex={-1} ref={heading}>
        {t('reciprocity.compare.title', { who })}
      </h2>
      {c.ok && c.stageNote && (
        <p class="notice notice-warn stage-note">
          <strong>{t('reciprocity.compare.differentStages')}</strong> {c.stageNote}
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
      <p>{t('reciprocity.compare.intro', { asRole: t(AS_ROLE[mine.data.role]), date: t.date(assessmentDate(mine)), who, asPartner, partnerDate: t.date(partner.date) })}</p>
      <p class="framing">{inst.framing}</p>
      {preferred.length > 1 && (
        <div class="field no-print">
          <label for="compare-mine">{t('reciprocity.compare.which')}</label>
          <select id="compare-mine" value={mine.id} onChange={(e) => setChosen(e.currentTarget.value)}>
            {preferred.map((d) => (
              <option key={d.id} value={d.id}>
                {d.data.role === 'mentor' ? t('reciprocity.compare.option.mentor', { date: t.date(assessmentDate(d)) }) : t('reciprocity.compare.option.mentee', { date: t.date(assessmentDate(d)) })}
              </option>
            ))}
          </select>
        </div>
      )}

      <section aria-labelledby="gaps-title">
        <h3 id="gaps-title">{t('reciprocity.compare.biggest')}</h3>
        <GapList id="gaps-from-me" title={t('reciprocity.compare.fromMe', { who })} gaps={c.largest.fromMe} note={comparisonVerdict(c, 'from-me', t)} />
        <GapList id="gaps-to-me" title={capitalise(t('reciprocity.compare.toMe', { who }))} gaps={c.largest.toMe} note={comparisonVerdict(c, 'to-me', t)} />
        {c.largest.fromMe.length + c.largest.toMe.length > 0 && (
          <>
            <p class="hint">{t('reciprocity.compare.questions')}</p>
            <ul class="conversation">
              {conversationFor(inst, [...c.largest.fromMe, ...c.largest.toMe]).map((q, i) => (
                <li key={i}>{q}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="flows-title">
        <h3 id="flows-title">{t('reciprocity.compare.byBehaviour')}</h3>
        <FlowTable inst={inst} caption={t('reciprocity.compare.fromMeCaption', { who })} flows={c.flows.filter((f) => f.flow === 'from-me')} other={who} mineFirst />
        <FlowTable inst={inst} caption={capitalise(t('reciprocity.compare.toMeCaption', { who }))} flows={c.flows.filter((f) => f.flow === 'to-me')} other={who} mineFirst={false} />
      </section>

      <section aria-labelledby="side-title">
        <h3 id="side-title">{t('reciprocity.compare.eachDimension')}</h3>
        <table class="data-table">
          <caption class="visually-hidden">{t('reciprocity.compare.dimensionsCaption', { who })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reciprocity.dimension')}</th>
              <th scope="col">{t('reciprocity.compare.you')}</th>
              <th scope="col">{Who}</th>
            </tr>
          </thead>
          <tbody>
            {c.dimensions.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.title}</th>
                <td>{g.mine ?? t('reciprocity.tooFewAnswers')}</td>
                <td>{g.theirs ?? t('reciprocity.tooFewAnswers')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('reciprocity.givingAndGetting')}</h3>
        <ul>
          <li>{t('reciprocity.compare.balanceMine', { balance: t(BALANCE_IN_SENTENCE[c.mine.balance.kind]) })}</li>
          <li>{t('reciprocity.compare.balanceTheirs', { who: Who, balance: t(BALANCE_IN_SENTENCE[c.theirs.balance.kind]) })}</li>
        </ul>
      </section>
      <p class="button-row no-print">
        <button type="button" class="secondary" onClick={() => window.print()}>
          {t('reciprocity.compare.print')}
        </button>
        <a class="button secondary" href={location.pathname} onClick={(e) => go(e, null)}>
          {t('reciprocity.back')}
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
  const t = useT();
  return (
    <div class="table-scroll">
      <table class="data-table flow-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reciprocity.compare.behaviour')}</th>
            <th scope="col">{t('reciprocity.compare.youSay')}</th>
            <th scope="col">{capitalise(t('reciprocity.compare.theySay', { who: other }))}</th>
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
                <th scope="row">{capitalise(b.gist.replace('{other}', mineFirst ? other : t('reciprocity.partner.you')))}</th>
                <td>{answerCell(inst, mineAnswer)}</td>
                <td>
                  {answerCell(inst, theirAnswer)}
                  {far && <span class="visually-hidden"> {t('reciprocity.compare.largerGap')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
