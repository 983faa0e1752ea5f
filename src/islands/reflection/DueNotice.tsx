import type { ScheduledChecklist } from '../../lib/checklists/checklist';
import { dueStatus } from '../../lib/checklists/due';
import { charterRepeat, repeatForPair, type RhythmKeys } from '../../lib/checklists/pair-rhythm';
import { charterDocType, type CharterDoc } from '../../lib/docs/charter-doc';
import { formatDate } from '../../lib/format';

interface Props {
  checklist: Pick<ScheduledChecklist, 'when' | 'repeat'>;
  /** The date of the last entry before today, if any. */
  lastDone: string | undefined;
  today: string;
  charters: readonly CharterDoc[];
  /** The charter the entry shown is linked to. */
  charterId: string | undefined;
  rhythmKeys: RhythmKeys;
}

/**
 * A gentle note when a recurring checklist is due or overdue. A checklist kept for a relationship
 * (the entry's charter, the one the page was opened from with ?charter=…, or the only charter in
 * this browser) falls due as often as that pair meets, when it follows the sessions.
 */
export default function DueNotice({ checklist, lastDone, today, charters, charterId, rhythmKeys }: Props) {
  const wanted = charterId ?? new URLSearchParams(location.search).get('charter');
  const pair = charters.find((c) => c.id === wanted) ?? (charters.length === 1 ? charters[0] : undefined);
  const pairRepeat = pair && charterRepeat(pair.data.values, rhythmKeys);
  const repeat = repeatForPair(checklist, pairRepeat);
  const due = dueStatus({ repeat }, lastDone, today);
  if (due.state === 'overdue') {
    return <p class="notice">It has been a while: this checklist was due on {formatDate(due.dueOn)}. No pressure; five minutes now is worth it.</p>;
  }
  if (due.state === 'due') {
    return (
      <p class="notice">
        This checklist is due now ({repeat?.label}
        {pair && repeat === pairRepeat ? `, as agreed in “${charterDocType.describe(pair)}”` : ''}).
      </p>
    );
  }
  return null;
}
