import { useState } from 'preact/hooks';
import { EARLIER_HEADING, EARLIER_PAGE, copyTargets, earlierAnswers, suggestedTarget } from '../../lib/charter/earlier';
import type { CharterDefinition } from '../../lib/charter/schema';
import type { CharterValues } from '../../lib/docs/charter-doc';
import UndoStatus, { focusSoon, useStatus } from '../shared/UndoStatus';

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
  const earlier = earlierAnswers(def, values, labels);
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
        setStatus(`Removed “${a.label}”.`, restore);
        focusSoon(() => document.getElementById('earlier'));
      }}
    >
      Remove<span class="visually-hidden"> “{a.label}”</span>
    </button>
  );
  return (
    <section class="charter-section earlier-answers" aria-labelledby="earlier-title" id="earlier" tabIndex={-1}>
      <h2 id="earlier-title">{EARLIER_HEADING}</h2>
      <p class="section-prompt">
        The questions in this charter have changed since {earlier.length === 1 ? 'this was' : 'these were'} written, so{' '}
        {earlier.length === 1 ? 'it is' : 'they are'} kept here, and in the printed charter and the exports. Copy each into the field
        where it belongs, then remove it here.
      </p>
      {earlier.slice(0, shown).map((a) => {
        const targets = copyTargets(def, a.value);
        const id = idOf(a.key);
        const target = chosen[a.key] ?? suggestedTarget(def, a.key, a.value) ?? '';
        return (
          <div key={a.key} id={id} class="earlier-answer" role="group" aria-labelledby={`${id}-label`} tabIndex={-1}>
            <h3 id={`${id}-label`}>{a.label}</h3>
            <p class="earlier-text">{a.text}</p>
            {targets.length > 0 ? (
              <div class="earlier-actions">
                <label for={`${id}-to`}>Copy into</label>
                <select id={`${id}-to`} value={target} onChange={(e) => setChosen({ ...chosen, [a.key]: e.currentTarget.value })}>
                  <option value="" disabled>
                    Choose a field
                  </option>
                  {targets.map((t) => (
                    <option key={t.key} value={t.key}>
                      {t.label}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  class="secondary"
                  disabled={!target}
                  onClick={() => {
                    onCopy(a.key, target);
                    setStatus(`Copied “${a.label}” into ${targets.find((t) => t.key === target)?.label ?? 'the field'}.`);
                  }}
                >
                  Copy
                </button>
                {remove(a)}
              </div>
            ) : (
              <div class="earlier-actions">
                <p class="hint">No field of this charter takes this kind of answer: it stays here, in print and in the exports.</p>
                {remove(a)}
              </div>
            )}
          </div>
        );
      })}
      {more > 0 && (
        <p class="earlier-more">
          {`… and ${more} more, all kept in the printed charter and the exports. `}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              const first = earlier[shown];
              setShown(shown + EARLIER_PAGE);
              if (first) focusSoon(() => document.getElementById(idOf(first.key)));
            }}
          >
            Show {next} more
          </button>
        </p>
      )}
      <UndoStatus status={status} onDone={setStatus} />
    </section>
  );
}
