import { useT } from './i18n';

/**
 * The notice over a document deleted in another tab while open here: what is on the page is not
 * saved until it is kept. Keeping it says so and moves focus (`onKept`), as the notice and its
 * buttons go. `what` names the document in the page's language ("charter"), `keepLabel` its button.
 */
export default function DeletedElsewhere({ what, keepLabel, onKeep, onLeave }: { what: string; keepLabel: string; onKeep: () => void; onLeave: () => void }) {
  const t = useT();
  return (
    <div class="notice notice-warn" role="alert">
      <p>
        <strong>{t('common.deletedElsewhere.title', { what })}</strong> {t('common.deletedElsewhere.body')}
      </p>
      <p class="button-row">
        <button type="button" onClick={onKeep}>
          {keepLabel}
        </button>
        <button type="button" class="secondary" onClick={onLeave}>
          {t('common.deletedElsewhere.leave')}
        </button>
      </p>
    </div>
  );
}
