import { formatDate } from '../../lib/format';
import { markActionDone, type OpenAction } from '../../lib/relationship/sessions';
import { sessions } from '../../stores/persistence';

/** Actions still open from earlier sessions: ticking one marks it done in the session that agreed it. */
export default function OpenActions({ open }: { open: OpenAction[] }) {
  return (
    <ul class="actions-open">
      {open.map((o) => (
        <li key={o.action.id}>
          <label class="tick">
            <input type="checkbox" checked={false} onChange={() => sessions.update(o.sessionId, (d) => markActionDone(d, o.action.id))} />
            <span>
              {o.action.who === 'mentee' ? 'Mentee' : 'Mentor'}: {o.action.text} <span class="hint">(from {formatDate(o.date)})</span>
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
