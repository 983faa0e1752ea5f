import type { Translate } from '../i18n/messages';

/**
 * What a charter is called wherever it is named (lists, pickers, notices, My data, My mentoring):
 * the name people gave it, else the partners' names, mentee first, else "Untitled charter"
 * (`common.untitledCharter` in the page's language; without a `t`, in English). Pure, and small enough
 * for any page that names a charter.
 */
export const charterTitleOf = (title: string, names: { mentee: string; mentor: string }, t?: Translate): string =>
  title.trim() || pairNames(names) || (t ? t('common.untitledCharter') : 'Untitled charter');

/** The partners' names as a title, mentee first ("Amara & Tomasz"), or '' when neither is written. */
export const pairNames = (names: { mentee: string; mentor: string }): string => [names.mentee.trim(), names.mentor.trim()].filter(Boolean).join(' & ');

/** The keys of the two name fields in this handbook's charter (see content/charter.yaml). */
export interface CharterNameKeys {
  mentee?: string | undefined;
  mentor?: string | undefined;
}

/** A charter's title from its stored data and the keys of the name fields. */
export function charterTitleFrom(data: { title: string; values: Record<string, unknown> }, keys: CharterNameKeys, t?: Translate): string {
  const name = (key: string | undefined) => {
    const v = key ? data.values[key] : undefined;
    return typeof v === 'string' ? v : '';
  };
  return charterTitleOf(data.title, { mentee: name(keys.mentee), mentor: name(keys.mentor) }, t);
}
