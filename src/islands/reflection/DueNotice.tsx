import { useStore } from '@nanostores/preact';
import { repeatLabel, type ScheduledChecklist } from '../../lib/checklists/checklist';
import { dueStatus } from '../../lib/checklists/due';
import { relationshipDue } from '../../lib/checklists/relationship-due';
import type { CharterDoc } from '../../lib/docs/charter-doc';
import { charterTitle } from '../shared/charter-title';
import type { ReflectionDoc } from '../../lib/docs/reflection-doc';
import { canFallDue, entriesForPair, followsSessions, pairDates, type PairSettings } from '../../lib/relationship/pair-dates';
import { describeRhythm } from '../../lib/relationship/schedule';
import { sessions } from '../../stores/persistence';
import { useT } from '../shared/i18n';
import type { Translate } from '../../lib/i18n/messages';

interface Props {
  checklist: Pick<ScheduledChecklist, 'when' | 'repeat'>;
  /** This checklist's entries. */
  entries: readonly ReflectionDoc[];
  today: string;
  charters: readonly CharterDoc[];
  /** The charter the entry shown is linked to. */
  charterId: string | undefined;
  rhythmKeys: PairSettings;
}

const overdue = (t: Translate, on: string) => <p class="notice">{t('reflection.due.overdue', { date: t.date(on) })}</p>;

/**
 * A gentle note when a recurring checklist is due or overdue. A checklist kept for a relationship
 * (the entry's charter, the one the page was opened from with ?charter=…, or the only charter in
 * this browser) falls due by that relationship's dates, as My mentoring shows it: the session
 * dates and rhythm in its charter.
 */
export default function DueNotice({ checklist, entries, today, charters, charterId, rhythmKeys }: Props) {
  const t = useT();
  const logged = useStore(sessions.$list);
  const wanted = charterId ?? new URLSearchParams(location.search).get('charter');
  const pair = charters.find((c) => c.id === wanted) ?? (charters.length === 1 ? charters[0] : undefined);
  if (pair) {
    const pd = pairDates(pair, rhythmKeys, {
      loggedSessions: logged.filter((s) => s.data.charterId === pair.id).map((s) => s.data.date),
      now: new Date(),
      programRhythm: rhythmKeys.programRhythm,
    });
    if (!canFallDue(pd, checklist.when)) return null;
    const due = relationshipDue(checklist, entriesForPair(entries, pair.id, charters.length).map((e) => e.data.date), today, pd.dates);
    if (due.state === 'overdue') return overdue(t, due.dueOn);
    if (due.state !== 'due') return null;
    const rhythm = pd.own && followsSessions(checklist.when) ? describeRhythm(t, pd.own, pd.first) : pd.own && checklist.repeat?.cadence ? describeRhythm(t, pd.own) : undefined;
    return (
      <p class="notice">
        {rhythm
          ? t('reflection.due.nowAgreed', { rhythm, charter: charterTitle(pair) })
          : t('reflection.due.now', { when: checklist.repeat ? repeatLabel(t, checklist.repeat) : t.date(due.dueOn) })}
      </p>
    );
  }
  const lastDone = entries.find((e) => e.data.date !== today)?.data.date;
  const repeat = checklist.repeat;
  const due = dueStatus({ repeat }, lastDone, today);
  if (due.state === 'overdue') return overdue(t, due.dueOn);
  if (due.state === 'due') return <p class="notice">{t('reflection.due.now', { when: repeat ? repeatLabel(t, repeat) : '' })}</p>;
  return null;
}
