import { useT } from './i18n';

/** Characters left in a field, shown (and announced) only when the limit is near. */
export function TextLimit({ id, length, max }: { id: string; length: number; max: number }) {
  const t = useT();
  const left = max - length;
  const near = length >= max * 0.9;
  return (
    <span id={id} class="hint char-count" aria-live="polite">
      {near ? (left > 0 ? t('common.textLimit.left', { count: left }) : t('common.textLimit.longest', { max })) : ''}
    </span>
  );
}
