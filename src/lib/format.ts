/** Formatting shared by pages and tools (dates are the page's `t.date()` and `t.dateTime()`). Pure: no DOM. */
import type { Translate } from './i18n/messages';

/** A size in the language of `t`: "nothing", "512 bytes", "0.4 KB", "12 KB", "3.2 MB", "1.1 GB". */
export function bytes(t: Translate, n: number): string {
  const size = (value: number, digits: number) => t.number(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (n === 0) return t('common.bytes.none');
  if (n < 1024) return t('common.bytes.bytes', { count: n });
  if (n < 1024 * 100) return t('common.bytes.kilobytes', { n: size(n / 1024, n < 10 * 1024 ? 1 : 0) });
  if (n < 1024 * 1024 * 1024) return t('common.bytes.megabytes', { n: size(n / 1024 / 1024, 1) });
  return t('common.bytes.gigabytes', { n: size(n / 1024 / 1024 / 1024, 1) });
}

/** 0.4 KB, 12 KB, 3.2 MB (English only: `bytes` says it in the page's language). */
export function formatBytes(n: number): string {
  if (n === 0) return 'nothing';
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 100) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
}

/** "1 charter", "3 charters" */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * A programme's name as the start of a file name: "Harbour Mentoring" → "harbour-mentoring". Letters
 * and digits of any script are kept; an empty result falls back to "handbook".
 */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'handbook';
}
