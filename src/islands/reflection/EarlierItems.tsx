import { earlierItems, type EarlierItem } from '../../lib/checklists/earlier';
import { useT } from '../shared/i18n';

/**
 * Ticks and notes an entry keeps under items the checklist no longer has: shown and printed, never
 * dropped, so a reworded checklist costs nobody what they wrote.
 */
export default function EarlierItems({ items, level = 2 }: { items: readonly EarlierItem[]; level?: 2 | 3 }) {
  const t = useT();
  const H = `h${level}` as 'h2' | 'h3';
  if (items.length === 0) return null;
  return (
    <section class="checklist-section earlier-items" aria-labelledby={`earlier-items-${level}`}>
      <H id={`earlier-items-${level}`}>{t('reflection.earlier.heading')}</H>
      <p class="hint">{t('reflection.earlier.hint')}</p>
      <ul class="earlier-list">
        {items.map((e) => (
          <li key={e.id}>
            <p class="earlier-label">
              {e.label}
              {e.ticked && <strong> {t('reflection.ticked')}</strong>}
            </p>
            {e.note && <p class="sheet-answer">{e.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The same for an entry on the checklist's page: its code loads once an entry is open, and it shows nothing when there is nothing to show. */
export function EntryEarlierItems({ checklist, data, retired }: { checklist: Parameters<typeof earlierItems>[1]; data: Parameters<typeof earlierItems>[2]; retired?: Record<string, string> | undefined }) {
  const t = useT();
  return <EarlierItems items={earlierItems(t, checklist, data, retired)} />;
}
