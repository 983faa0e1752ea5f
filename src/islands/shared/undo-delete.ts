import type { Docs } from '../../stores/persistence';
import { focusSoon, useStatus, type Status } from './UndoStatus';
import { useT } from './i18n';

// A module of its own: the tools that delete whole documents, My data and the open actions load it,
// and a checklist does not carry it in the code every tool shares.

/** An Undo that knows the undos it runs, so that the next action of a run can add to them. */
export type RunUndo = (() => void) & { run: readonly (() => void)[] };

const isRun = (f: unknown): f is RunUndo => typeof f === 'function' && 'run' in f;

/**
 * Add `undo` to the run the status line offers (a delete or tick straight after another, its Undo
 * still on the line), or start a run: one Undo puts them all back, and a second delete or tick never
 * takes away the first one's. Anything else said ends the run.
 */
export function undoRun(status: Status | null, undo: () => void): RunUndo {
  const run = [...(isRun(status?.restore) ? status.restore.run : []), undo];
  return Object.assign(() => run.forEach((u) => u()), { run });
}

/**
 * Delete a document with an Undo: returns the status to show and the delete function. After a
 * delete, focus moves to `afterDelete` (the list's heading); Undo puts the document back as it was
 * (unless a newer copy has appeared meanwhile). Deletes in a row are undone together.
 */
export function useUndoDelete<T>(
  docs: Docs<T>,
  afterDelete: () => HTMLElement | null | undefined,
): [Status | null, (text: string, restore?: () => void, focus?: boolean) => void, (id: string, text: string) => void] {
  const t = useT();
  const [status, setStatus] = useStatus();
  const remove = (id: string, text: string) => {
    const gone = docs.remove(id);
    const undo = gone && undoRun(status, () => void docs.put(gone));
    setStatus(undo && undo.run.length > 1 ? t('common.undo.all', { text, count: undo.run.length }) : text, undo || undefined);
    focusSoon(afterDelete);
  };
  return [status, setStatus, remove];
}
