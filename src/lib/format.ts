/** Formatting shared by pages and tools. Pure: no DOM. */

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** 21 November 2026 (in the reader's time zone). */
export const formatDate = (d: Date | string): string => dateFormat.format(typeof d === 'string' ? new Date(d) : d);

/** 21 Nov 2026, 14:05 */
export const formatDateTime = (d: Date | string): string => dateTimeFormat.format(typeof d === 'string' ? new Date(d) : d);

/** 0.4 KB, 12 KB, 3.2 MB */
export function formatBytes(n: number): string {
  if (n === 0) return 'nothing';
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 100) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
}

/** "1 charter", "3 charters" */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
