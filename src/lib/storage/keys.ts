/**
 * Every localStorage key Tandem uses, in one place. Keys are namespaced `tandem:`; a document of
 * type T with id I lives at `tandem:doc:T:I`, unreadable values are moved to `tandem:quarantine:…`.
 */
export const NAMESPACE = 'tandem:';
export const DOC_PREFIX = `${NAMESPACE}doc:`;
export const QUARANTINE_PREFIX = `${NAMESPACE}quarantine:`;
export const META_KEY = `${NAMESPACE}meta`;
export const PROBE_KEY = `${NAMESPACE}probe`;

export const docPrefix = (type: string): string => `${DOC_PREFIX}${type}:`;
export const docKey = (type: string, id: string): string => `${docPrefix(type)}${id}`;

/** The type and id a document key names, or null for any other key. */
export function parseDocKey(key: string): { type: string; id: string } | null {
  if (!key.startsWith(DOC_PREFIX)) return null;
  const rest = key.slice(DOC_PREFIX.length);
  const i = rest.indexOf(':');
  if (i <= 0 || i === rest.length - 1) return null;
  return { type: rest.slice(0, i), id: rest.slice(i + 1) };
}

export const isTandemKey = (key: string): boolean => key.startsWith(NAMESPACE);

/** Roughly how many bytes a key and value take in localStorage (UTF-16: two bytes a code unit). */
export const storedBytes = (key: string, value: string): number => (key.length + value.length) * 2;
