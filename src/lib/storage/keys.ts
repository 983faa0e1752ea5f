/**
 * Every localStorage key Tandem uses, in one place.
 *
 * Keys live in a namespace per deployment, so two copies of the handbook on one origin (say `/` and
 * `/handbook/`) never read or overwrite each other's documents:
 *   - served at `/`:          `tandem:` (the namespace every earlier version used, so nothing moves);
 *   - served at `/handbook/`: `tandem/handbook:`.
 * In a namespace N, a document of type T with id I lives at `N doc:T:I`, the bookkeeping at
 * `N meta`, and values set aside by earlier versions at `N quarantine:…`.
 */
export const LEGACY_NAMESPACE = 'tandem:';

/** The namespace for a deployment at `base` ("/", "/handbook/"). */
export function namespaceFor(base: string): string {
  const path = `/${base}`.replace(/\/+/g, '/').replace(/\/$/, '');
  return path === '' ? LEGACY_NAMESPACE : `tandem${path}:`;
}

export interface Keys {
  namespace: string;
  docPrefix: string;
  meta: string;
  quarantinePrefix: string;
  probe: string;
  /** The prefix of one type's documents. */
  typePrefix(type: string): string;
  docKey(type: string, id: string): string;
  /** The type and id a document key names, or null for any other key. */
  parseDocKey(key: string): { type: string; id: string } | null;
  /** Is this one of this deployment's keys? */
  owns(key: string): boolean;
}

export function keysFor(namespace: string): Keys {
  const docPrefix = `${namespace}doc:`;
  const typePrefix = (type: string) => `${docPrefix}${type}:`;
  return {
    namespace,
    docPrefix,
    meta: `${namespace}meta`,
    quarantinePrefix: `${namespace}quarantine:`,
    probe: `${namespace}probe`,
    typePrefix,
    docKey: (type, id) => `${typePrefix(type)}${id}`,
    parseDocKey(key) {
      if (!key.startsWith(docPrefix)) return null;
      const rest = key.slice(docPrefix.length);
      const i = rest.indexOf(':');
      if (i <= 0 || i === rest.length - 1) return null;
      return { type: rest.slice(0, i), id: rest.slice(i + 1) };
    },
    owns: (key) => key.startsWith(namespace),
  };
}

/** Roughly how many bytes a key and value take in localStorage (UTF-16: two bytes a code unit). */
export const storedBytes = (key: string, value: string): number => (key.length + value.length) * 2;
