import { useEffect } from 'preact/hooks';
import { useBrowserStore } from './hydration';
import { charterTitle } from './charter-title';
import { charters as charterDocs } from '../../stores/persistence';
import { useT } from './i18n';

/**
 * "Which relationship is this about?": one of my charters, or none. Hidden when I have none. A
 * charter since deleted shows as such where a document already names it (`kept`); anywhere else
 * (a form restored after the charter went) the choice falls back to none.
 */
export default function CharterPicker({
  id,
  value: chosen,
  onChange,
  kept,
  fromAddress,
}: {
  id: string;
  value: string;
  onChange: (charterId: string) => void;
  kept?: boolean;
  /** With nothing chosen yet, show the charter the page was opened from (?charter=…), which a first change will link. */
  fromAddress?: boolean;
}) {
  const t = useT();
  const charters = useBrowserStore(charterDocs.$list, []);
  const opened = fromAddress && !chosen ? new URLSearchParams(location.search).get('charter') : null;
  const value = opened && charters.some((c) => c.id === opened) ? opened : chosen;
  const missing = !!value && charters.length > 0 && !charters.some((c) => c.id === value);
  useEffect(() => void (missing && !kept && onChange('')), [missing]);
  if (charters.length === 0) return null;
  return (
    <div class="field">
      <label for={id}>{t('common.charterPicker.label')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('common.charterPicker.none')}</option>
        {missing && kept && <option value={value}>{t('common.charterPicker.deleted')}</option>}
        {charters.map((c) => (
          <option key={c.id} value={c.id}>
            {charterTitle(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
