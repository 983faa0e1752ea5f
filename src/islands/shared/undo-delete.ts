import { useEffect, useRef } from 'preact/hooks';
import type { Docs } from '../../stores/persistence';
import { focusSoon, useStatus, type Status } from './UndoStatus';

// A module of its own: the tools that delete whole documents, My data and the open actions load it,
// and a checklist does not carry it in the code every tool shares.

/**
 * Undos gathered while one action follows another with nothing else said between them (the same
 * status line still offering its Undo): `add` returns every undo of the run, so that one Undo puts
 * them all back and a second delete or tick never takes away the first one's.
 */
export function useUndoRun(status: Status | null): (undo: () => void) => (() => void)[] {
  const run = useRef<{ undo: (() => void)[]; said: Status | null }>({ undo: [], said: null });
  // The status line just set is the one a further action adds to.
  useEffect(() => {
    if (status?.restore && run.current.said === null) run.current.said = status;
  }, [status]);
  return (undo) => {
    const all = [...(status?.restore && status === run.current.said ? run.current.undo : []), undo];
    run.current = { undo: all, said: null };
    return all;
  };
}

/** Run every undo of a run, in order. */
export const undoAll = (all: readonly (() => void)[]) => () => all.forEach((undo) => undo());

/**
 * Delete a document with an Undo: returns the status to show and the delete function. After a
 * delete, focus moves to `afterDelete` (the list's heading); Undo puts the document back as it was
 * (unless a newer copy has appeared meanwhile). Deletes in a row are undone together.
 */
export function useUndoDelete<T>(
  docs: Docs<T>,
  afterDelete: () => HTMLElement | null | undefined,
): [Status | null, (text: string, restore?: () => void, focus?: boolean) => void, (id: string, text: string) => void] {
  const [status, setStatus] = useStatus();
  const add = useUndoRun(status);
  const remove = (id: string, text: string) => {
    const gone = docs.remove(id);
    const all = gone ? add(() => void docs.put(gone)) : [];
    setStatus(all.length > 1 ? `${text} Undo puts back all ${all.length} deleted.` : text, all.length ? undoAll(all) : undefined);
    focusSoon(afterDelete);
  };
  return [status, setStatus, remove];
}
