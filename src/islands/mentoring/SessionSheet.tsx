import type { Goal } from '../../lib/docs/charter-doc';
import type { SessionData } from '../../lib/docs/session-doc';
import { WritingLines } from '../charter/CharterDocument';

interface Props {
  programName: string;
  /** A filled record to print; omit for a blank sheet. */
  session?: { data: SessionData; dateText: string; names: string } | undefined;
  /** The charter's goals, to note progress against (a blank sheet leaves lines to write them). */
  goals?: { owner: 'mentee' | 'mentor'; goal: Goal }[];
  level?: 1 | 2;
}

const PROGRESS = ['Moved forward', 'Done', 'Stuck'] as const;
const KEY = { 'Moved forward': 'moved', Done: 'done', Stuck: 'stuck' } as const;

/** A session record on one page: what was discussed, the goals it moved, actions for each of the two. */
export default function SessionSheet({ programName, session, goals = [], level = 1 }: Props) {
  const H = `h${level}` as 'h1' | 'h2';
  const S = `h${level + 1}` as 'h2' | 'h3';
  const d = session?.data;
  const actions = (who: 'mentee' | 'mentor') => d?.actions.filter((a) => a.who === who && a.text.trim()) ?? [];
  return (
    <article class="sheet session-sheet">
      <header class="sheet-head">
        {/* The programme's name and the lines to write on are chrome: kept out of the search index and its excerpts. */}
        <p class="sheet-programme" data-pagefind-ignore>
          {programName}
        </p>
        <H class="sheet-title">Session record</H>
        <div class="sheet-lines" data-pagefind-ignore>
          {(
            [
              ['Mentee and mentor', session?.names ?? ''],
              ['Date', session?.dateText ?? ''],
            ] as const
          ).map(([label, value]) => (
            <span key={label} class="sheet-line">
              <span class="sheet-line-label">{label}</span>
              <span class="sheet-line-rule">{value}</span>
            </span>
          ))}
        </div>
      </header>
      <section class="sheet-section">
        <S>What we discussed</S>
        {d?.discussed.trim() ? <p class="sheet-answer">{d.discussed}</p> : <WritingLines count={6} />}
      </section>
      <section class="sheet-section">
        <S>Goals this session moved</S>
        <ul class="sheet-items">
          {(goals.length ? goals : [null, null]).map((g, i) => {
            const noted = g && d?.goals.find((x) => x.goalId === g.goal.id);
            return (
              <li key={g?.goal.id ?? i} class="sheet-prompt">
                <span class="prompt-text">{g ? `${g.owner === 'mentee' ? 'Mentee' : 'Mentor'}: ${g.goal.text}` : 'Goal:'}</span>
                <span class="sheet-choices">
                  {PROGRESS.map((p) => (
                    <span key={p} class="sheet-choice">
                      <span class={`tick-box${noted && noted.progress === KEY[p] ? ' ticked' : ''}`} aria-hidden="true" /> {p}
                    </span>
                  ))}
                </span>
                {noted?.note.trim() ? <p class="sheet-answer">{noted.note}</p> : !d && <WritingLines count={1} />}
              </li>
            );
          })}
        </ul>
      </section>
      {(['mentee', 'mentor'] as const).map((who) => (
        <section key={who} class="sheet-section">
          <S>The {who} will</S>
          <ul class="sheet-items">
            {(d ? actions(who) : [null, null, null, null]).map((a, i) => (
              <li key={a?.id ?? i}>
                <span class={`tick-box${a?.done ? ' ticked' : ''}`} aria-hidden="true" />
                {a ? <span>{a.text}</span> : <span class="action-line" aria-hidden="true" />}
              </li>
            ))}
            {d && actions(who).length === 0 && <li class="hint">Nothing agreed.</li>}
          </ul>
        </section>
      ))}
      {!d && (
        <p class="sheet-line sheet-next">
          <span class="sheet-line-label">Next session</span>
          <span class="sheet-line-rule" aria-hidden="true" />
        </p>
      )}
    </article>
  );
}
