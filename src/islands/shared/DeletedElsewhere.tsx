/**
 * The notice over a document deleted in another tab while open here: what is on the page is not
 * saved until it is kept. Keeping it says so and moves focus (`onKept`), as the notice and its
 * buttons go.
 */
export default function DeletedElsewhere({ what, keepLabel, onKeep, onLeave }: { what: string; keepLabel: string; onKeep: () => void; onLeave: () => void }) {
  return (
    <div class="notice notice-warn" role="alert">
      <p>
        <strong>This {what} was deleted in another tab.</strong> What you see here, and anything you type now, is not saved yet.
      </p>
      <p class="button-row">
        <button type="button" onClick={onKeep}>
          {keepLabel}
        </button>
        <button type="button" class="secondary" onClick={onLeave}>
          Leave it deleted
        </button>
      </p>
    </div>
  );
}
