/**
 * The programme's name (content/program.yaml `name`), for file names and messages made in the
 * browser. Every page carries it in <meta name="application-name"> (src/layouts/Base.astro), so a
 * tool need not be handed it to name a backup file.
 */
export function programmeName(): string {
  if (typeof document === 'undefined') return 'Tandem';
  return document.querySelector<HTMLMetaElement>('meta[name="application-name"]')?.content.trim() || 'Tandem';
}
