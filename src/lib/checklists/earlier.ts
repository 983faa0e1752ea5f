/**
 * Answers an entry keeps under item ids its checklist no longer has (a coordinator renamed or removed
 * an item, and recorded it with `npm run ids`). They are never dropped: the entry shows and prints
 * them under “From an earlier version of this checklist”, with the item's last wording when the
 * handbook recorded it. Pure: used by the checklist page and its printed entry.
 */
import type { Translate } from '../i18n/messages';

/** One answer under an item id the checklist no longer has. */
export interface EarlierItem {
  id: string;
  /** The item's last wording (from content/.ids.json), or a plain description with its id. */
  label: string;
  ticked: boolean;
  note: string;
}

interface ChecklistLike {
  sections: readonly { items: readonly { id: string; kind: 'tick' | 'prompt'; text: string }[] }[];
}

/**
 * The entry's ticks and non-empty notes that the checklist cannot show: under ids it no longer has,
 * and under ids whose item changed kind (a note kept for what is now a tick, a tick for what is now a
 * question). In the order they were stored.
 */
export function earlierItems(t: Translate, checklist: ChecklistLike, data: { ticks: Readonly<Record<string, boolean>>; notes: Readonly<Record<string, string>> }, retired: Readonly<Record<string, string>> = {}): EarlierItem[] {
  const current = new Map(checklist.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
  const ids = [...new Set([...Object.keys(data.ticks), ...Object.keys(data.notes)])];
  return ids
    .map((id) => {
      const item = current.get(id);
      const note = Object.hasOwn(data.notes, id) ? data.notes[id] : undefined;
      return {
        id,
        label: Object.hasOwn(retired, id) ? retired[id]! : item ? item.text : t('reflection.earlier.unknownItem', { id }),
        ticked: item?.kind !== 'tick' && Object.hasOwn(data.ticks, id) && data.ticks[id] === true,
        note: item?.kind !== 'prompt' && typeof note === 'string' ? note.trim() : '',
      };
    })
    .filter((e) => e.ticked || e.note !== '');
}
