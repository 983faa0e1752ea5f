/**
 * Interface text in a tool: the page hands its island the strings of its own language (only the parts
 * the tool uses), and every component below reads them with `useT()`. Lazy parts of a tool are in the
 * same tree, so they read them too.
 */
import { createContext, type ComponentChildren, type VNode } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { createTranslator, type Params, type Strings, type Translate } from '../../lib/i18n/messages';

const I18nContext = createContext<Translate>(createTranslator('en', {}));

/** Gives the tree below the page's strings. */
export function I18n({ strings, children }: { strings: Strings; children: ComponentChildren }) {
  const t = useMemo(() => createTranslator(strings.lang, strings.messages), [strings]);
  return <I18nContext.Provider value={t}>{children}</I18nContext.Provider>;
}

/** The page's `t()`: `t('charter.save')`, `t('charter.goals', { count: 3 })`, `t.date(d)`. */
export const useT = (): Translate => useContext(I18nContext);

/**
 * A sentence with elements in it, in the order the language puts them: `{link}` in the message is
 * replaced by `slots.link`, so "Goes with the guide {link}." needs no fragments.
 */
export function Rich({ k, params, slots }: { k: string; params?: Params; slots: Record<string, VNode | string> }) {
  const t = useT();
  return <>{t.parts(k, params).map((part) => (typeof part === 'string' ? part : (slots[part.slot] ?? `{${part.slot}}`)))}</>;
}
