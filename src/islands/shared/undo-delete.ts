import { useEffect, useRef } from 'preact/hooks';
import type { Envelope } from '../../lib/storage/envelope';
import type { Docs } from '../../stores/persistence';
import { focusSoon, useStatus, type Status } from './UndoStatus';

// A module of its own: the tools that delete whole documents load it, and the others (a checklist)
// do not carry it in the code every tool shares.

/**
 * Delete a document with an Undo: returns the status to show and the delete function. After a
 * delete, focus moves to `afterDelete` (the list's heading); Undo puts the document back as it was
 * (unless a newer copy has appeared meanwhile). Deletes one after another, with nothing else said
 * between them, are undone together: a second delete never takes away the first one's Undo.
 */
export function useUndoDelete<T>(
  docs: Docs<T>,
  afterDelete: () => HTMLElement | null | undefined,
): [Status | null, (text: string, restore?: () => void, focus?: boolean) => void, (id: string, text: string) => void] {
  const [status, setStatus] = useStatus();
  /** The documents deleted in a row, and the status line that offers to put them back. */
  const run = useRef<{ docs: Envelope<T>[]; said: Status | null }>({ docs: [], said: null });
  const remove = (id: string, text: string) => {
    const gone = docs.remove(id);
    const before = status && status === run.current.said && status.restore ? run.current.docs : [];
    const all = gone ? [...before, gone] : before;
    run.current = { docs: all, said: null };
    const restore = all.length ? () => all.forEach((d) => void docs.put(d)) : undefined;
    setStatus(all.length > 1 ? `${text} Undo puts back all ${all.length} deleted.` : text, restore);
    focusSoon(afterDelete);
  };
  // The status line just set is the one a further delete adds to.
  useEffect(() => {
    if (status && run.current.said === null && status.restore) run.current.said = status;
  }, [status]);
  return [status, setStatus, remove];
}

