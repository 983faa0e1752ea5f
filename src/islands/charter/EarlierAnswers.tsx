import { useState } from 'preact/hooks';
import { EARLIER_PAGE, copyTargets, earlierAnswers, suggestedTarget } from '../../lib/charter/earlier';
import type { CharterDefinition } from '../../lib/charter/schema';
import type { CharterValues } from '../../lib/docs/charter-doc';
import UndoStatus, { focusSoon, useStatus } from '../shared/UndoStatus';
import { Rich, useT } from '../shared/i18n';

interface Props {
  def: CharterDefinition;
  values: CharterValues;
  labels: Record<string, string>;
  /** Copy the answer stored under `from` into the current field `to`. */
  onCopy: (from: string, to: string) => void;
  /** Remove the answer stored under `key`; returns a function that puts it back. */
  onRemove: (key: string) => (() => void) | undefined;
}

/** A DOM id from a stored key ("rhythm.cadence" → "earlier-rhythm-cadence"). */
const idOf = (key: string) => `earlier-${key.replace(/[^A-Za-z0-9-]/g, '-')}`;

/**
 * Answers stored under fields the charter no longer has (a coordinator renamed or removed them):
 * shown, not lost, with a way to copy each into a current field and then remove it.
 */
export default function EarlierAnswers({ def, values, labels, onCopy, onRemove }: Props) {
  const t = useT();
  const earlier = earlierAnswers(t, def, values, labels);
  const [status, setStatus] = useStatus();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [shown, setShown] = useState(EARLIER_PAGE);
  if (earlier.length === 0 && !status) return null;
  const more = Math.max(0, earlier.length - shown);
  const next = Math.min(more, EARLIER_PAGE);
  const remove = (a: { key: string; label: string }) => (
    <button
      type="button"
      class="secondary"
      onClick={() => {
        const restore = onRemove(a.key);
        setStatus(t('charter.earlier.removed', { label: a.label }), restore);
        focusSoon(() => document.getElementById('earlier'));
      }}
    >
      <Rich k="charter.earlier.remove" slots={{ hidden: <span class="visually-hidden">{t('charter.earlier.removeHidden', { label: a.label })}</span> }} />
    </button>
  );
  return (
    <section class="charter-section earlier-answers" aria-labelledby="earlier-title" id="earlier" tabIndex={-1}>
      <h2 id="earlier-title">{t('charter.earlier.heading')}</h2>
      <p class="section-prompt">{t('charter.earlier.changed', { count: earlier.length })}</p>
      {earlier.slice(0, shown).map((a) => {
        const targets = copyTargets(t, def, a.value);
        const id = idOf(a.key);
        const target = chosen[a.key] ?? suggestedTarget(def, a.key, a.value) ?? '';
        return (
          <div key={a.key} id={id} class="earlier-answer" role="group" aria-labelledby={`${id}-label`} tabIndex={-1}>
            <h3 id={`${id}-label`}>{a.label}</h3>
            <p class="earlier-text">{a.text}</p>
            {targets.length > 0 ? (
              <div class="earlier-actions">
                <label for={`${id}-to`}>{t('charter.earlier.copyInto')}</label>
                <select id={`${id}-to`} value={target} onChange={(e) => setChosen({ ...chosen, [a.key]: e.currentTarget.value })}>
                  <option value="" disabled>
                    {t('charter.earlier.chooseField')}
                  </option>
                  {targets.map((x) => (
                    <option key={x.key} value={x.key}>
                      {x.label}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  class="secondary"
                  disabled={!target}
                  onClick={() => {
                    onCopy(a.key, target);
                    setStatus(t('charter.earlier.copied', { label: a.label, target: targets.find((x) => x.key === target)?.label ?? t('charter.earlier.theField') }));
                  }}
                >
                  {t('charter.earlier.copy')}
                </button>
                {remove(a)}
              </div>
            ) : (
              <div class="earlier-actions">
                <p class="hint">{t('charter.earlier.noTarget')}</p>
                {remove(a)}
              </div>
            )}
          </div>
        );
      })}
      {more > 0 && (
        <p class="earlier-more">
          {t('charter.earlier.more', { count: more })}{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              const first = earlier[shown];
              setShown(shown + EARLIER_PAGE);
              if (first) focusSoon(() => document.getElementById(idOf(first.key)));
            }}
          >
            {t('charter.earlier.showMore', { count: next })}
          </button>
        </p>
      )}
      <UndoStatus status={status} onDone={setStatus} />
    </section>
  );
}
