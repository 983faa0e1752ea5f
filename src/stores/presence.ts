/**
 * Whether this copy of the handbook has stored any document, for pages that otherwise run no
 * tool (the home page's link to My mentoring). Part of the storage layer with persistence.ts: it
 * reads key names only, never values, and never writes. Kept apart so such a page loads a few
 * hundred bytes instead of the whole store.
 */
import { keysFor, namespaceFor } from '../lib/storage/keys';

export function hasStoredDocuments(): boolean {
  try {
    const prefix = keysFor(namespaceFor(import.meta.env.BASE_URL || '/')).docPrefix;
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(prefix)) return true;
  } catch {
    // storage disabled: nothing stored
  }
  return false;
}
