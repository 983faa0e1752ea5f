/**
 * Interface text in a tool: the page hands its island the strings of its own language (only the parts
 * the tool uses), and every component below reads them with `useT()`. A page is in one language, so
 * the island's root keeps its `t()` where every component, lazy parts included, finds it: it is set
 * while the root renders, before anything below it (on the server too, where each island renders in
 * one pass from its root).
 */
import type { ComponentChildren, VNode } from 'preact';
import { createTranslator, type Params, type Strings, type Translate } from '../../lib/i18n/messages';

let current: Translate = createTranslator('en', {});

/** Gives the tree below the page's strings. */
export function I18n({ strings, children }: { strings: Strings; children: ComponentChildren }) {
  current = createTranslator(strings.lang, strings.messages);
  return <>{children}</>;
}

/** The page's `t()` (not a hook: any code running in a tool may call it): `t('charter.list.saveName')`, `t('charter.earlier.more', { count: 3 })`, `t.date(d)`. */
export const useT = (): Translate => current;

/**
 * A sentence with elements in it, in the order the language puts them: `{link}` in the message is
 * replaced by `slots.link`, so "Goes with the guide {link}." needs no fragments.
 */
export function Rich({ k, params, slots }: { k: string; params?: Params; slots: Record<string, VNode | string> }) {
  const t = useT();
  return <>{t.parts(k, params).map((part) => (typeof part === 'string' ? part : (slots[part.slot] ?? `{${part.slot}}`)))}</>;
}
