import { formatDate } from '../../lib/format';
import { markActionDone, type OpenAction } from '../../lib/relationship/sessions';
import { sessions } from '../../stores/persistence';

/** Actions still open from earlier sessions: ticking one marks it done in the session that agreed it. */
export default function OpenActions({ open, printLimit }: { open: OpenAction[]; /** Print only this many. */ printLimit?: number }) {
  return (
    <ul class="actions-open">
      {open.map((o, i) => (
        <li key={o.action.id} class={printLimit !== undefined && i >= printLimit ? 'print-skip' : undefined}>
          <label class="tick">
            <input type="checkbox" checked={false} onChange={() => sessions.update(o.sessionId, (d) => markActionDone(d, o.action.id))} />
            <span>
              {o.action.who === 'mentee' ? 'Mentee' : 'Mentor'}: {o.action.text} <span class="hint">(from {formatDate(o.date)})</span>
            </span>
          </label>
        </li>
      ))}
      {printLimit !== undefined && open.length > printLimit && <li class="print-only">and {open.length - printLimit} more, on My mentoring.</li>}
    </ul>
  );
}
