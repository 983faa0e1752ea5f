import type { Goal } from '../../lib/docs/charter-doc';
import { PROGRESS, type Progress, type SessionData } from '../../lib/docs/session-doc';
import type { Strings } from '../../lib/i18n/messages';
import { WritingLines } from '../charter/CharterDocument';
import { I18n, useT } from '../shared/i18n';

interface Props {
  programName: string;
  /** A filled record to print; omit for a blank sheet. */
  session?: { data: SessionData; dateText: string; names: string } | undefined;
  /** The charter's goals, to note progress against (a blank sheet leaves lines to write them). */
  goals?: { owner: 'mentee' | 'mentor'; goal: Goal }[];
  level?: 1 | 2;
  /** The page's strings, when the sheet is not inside a tool that gives them (the printable worksheet page). */
  strings?: Strings | undefined;
}

/** How a session moved a goal, in words. */
export const PROGRESS_LABEL = {
  moved: 'mentoring.session.progress.moved',
  done: 'mentoring.session.progress.done',
  stuck: 'mentoring.session.progress.stuck',
} as const satisfies Record<Progress, string>;

/** A session record on one page: what was discussed, the goals it moved, actions for each of the two. */
export default function SessionSheet({ strings, ...props }: Props) {
  return strings ? (
    <I18n strings={strings}>
      <Sheet {...props} />
    </I18n>
  ) : (
    <Sheet {...props} />
  );
}

function Sheet({ programName, session, goals = [], level = 1 }: Omit<Props, 'strings'>) {
  const t = useT();
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
        <H class="sheet-title">{t('mentoring.sheet.title')}</H>
        <div class="sheet-lines" data-pagefind-ignore>
          {(
            [
              ['names', t('mentoring.sheet.names'), session?.names ?? ''],
              ['date', t('mentoring.sheet.date'), session?.dateText ?? ''],
            ] as const
          ).map(([id, label, value]) => (
            <span key={id} class="sheet-line">
              <span class="sheet-line-label">{label}</span>
              <span class="sheet-line-rule">{value}</span>
            </span>
          ))}
        </div>
      </header>
      <section class="sheet-section">
        <S>{t('mentoring.session.discussed')}</S>
        {d?.discussed.trim() ? <p class="sheet-answer">{d.discussed}</p> : <WritingLines count={6} />}
      </section>
      <section class="sheet-section">
        <S>{t('mentoring.sheet.goals')}</S>
        <ul class="sheet-items">
          {(goals.length ? goals : [null, null]).map((g, i) => {
            const noted = g && d?.goals.find((x) => x.goalId === g.goal.id);
            return (
              <li key={g?.goal.id ?? i} class="sheet-prompt">
                <span class="prompt-text">{g ? t('mentoring.labelled', { label: g.owner === 'mentee' ? t('mentoring.who.mentee') : t('mentoring.who.mentor'), text: g.goal.text }) : t('mentoring.sheet.goal')}</span>
                <span class="sheet-choices">
                  {PROGRESS.map((p) => (
                    <span key={p} class="sheet-choice">
                      <span class={`tick-box${noted && noted.progress === p ? ' ticked' : ''}`} aria-hidden="true" /> {t(PROGRESS_LABEL[p])}
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
          <S>{who === 'mentee' ? t('mentoring.session.menteeWill') : t('mentoring.session.mentorWill')}</S>
          <ul class="sheet-items">
            {(d ? actions(who) : [null, null, null, null]).map((a, i) => (
              <li key={a?.id ?? i}>
                <span class={`tick-box${a?.done ? ' ticked' : ''}`} aria-hidden="true" />
                {a ? <span>{a.text}</span> : <span class="action-line" aria-hidden="true" />}
              </li>
            ))}
            {d && actions(who).length === 0 && <li class="hint">{t('mentoring.sheet.nothingAgreed')}</li>}
          </ul>
        </section>
      ))}
      {!d && (
        <p class="sheet-line sheet-next">
          <span class="sheet-line-label">{t('mentoring.next.title')}</span>
          <span class="sheet-line-rule" aria-hidden="true" />
        </p>
      )}
    </article>
  );
}
