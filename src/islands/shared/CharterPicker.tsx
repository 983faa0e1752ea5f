import { useBrowserStore } from './hydration';
import { charterDocType } from '../../lib/docs/charter-doc';
import { charters as charterDocs } from '../../stores/persistence';

/** "Which relationship is this about?": one of my charters, or none. Hidden when I have none. */
export default function CharterPicker({ id, value, onChange }: { id: string; value: string; onChange: (charterId: string) => void }) {
  const charters = useBrowserStore(charterDocs.$list, []);
  if (charters.length === 0) return null;
  return (
    <div class="field">
      <label for={id}>Which relationship is this about? (optional)</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">Not linked to a charter</option>
        {value && !charters.some((c) => c.id === value) && <option value={value}>A deleted charter</option>}
        {charters.map((c) => (
          <option key={c.id} value={c.id}>
            {charterDocType.describe(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
