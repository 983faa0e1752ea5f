import type { CharterDoc } from '../../lib/docs/charter-doc';
import { charterTitleFrom, type CharterNameKeys } from '../../lib/charter/title';
import { useT } from './i18n';

let keys: CharterNameKeys | undefined;

/**
 * A charter's title as every page names it (see lib/charter/title.ts). Every page carries the keys
 * of the charter's two name fields in <meta name="tandem:charter-names"> (src/layouts/Base.astro),
 * so a checklist or My data names "Amara & Tomasz" as My mentoring does, without the whole charter.
 */
export function charterTitle(doc: { data: Pick<CharterDoc['data'], 'title' | 'values'> }): string {
  keys ??= readKeys();
  // The page's language, for "Untitled charter" (useT reads the island's t(), and may be called outside a component).
  return charterTitleFrom(doc.data, keys, useT());
}

/** A stored document's name in a list of everything stored: a charter's as above, others by their type. */
export const storedTitle = (doc: { type: string; data: unknown }, other: () => string): string =>
  doc.type === 'charter' && hasTitle(doc.data) ? charterTitle({ data: doc.data }) : other();

const hasTitle = (v: unknown): v is { title: string; values: CharterDoc['data']['values'] } =>
  typeof v === 'object' && v !== null && 'title' in v && typeof v.title === 'string' && 'values' in v && typeof v.values === 'object' && v.values !== null;

function readKeys(): CharterNameKeys {
  try {
    const v = JSON.parse(document.querySelector<HTMLMetaElement>('meta[name="tandem:charter-names"]')?.content ?? '{}') as { mentee?: unknown; mentor?: unknown };
    return { mentee: typeof v.mentee === 'string' ? v.mentee : undefined, mentor: typeof v.mentor === 'string' ? v.mentor : undefined };
  } catch {
    return {};
  }
}
