import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { applyMerge, differences, type MergePick } from '../../lib/charter/merge';
import { addRevision } from '../../lib/charter/revisions';
import { decodeCharter, type SharedCharter } from '../../lib/charter/share';
import { SharedLinkError, useSharedLink } from '../shared/SharedLink';
import { readableValue } from '../../lib/charter/text';
import { displayTitle, isFilled } from '../../lib/charter/values';
import { charterDocType, type CharterDoc } from '../../lib/docs/charter-doc';
import { formatDateTime } from '../../lib/format';
import { makeDocument, newId, nextUpdatedAt } from '../../lib/storage/envelope';
import { charters as charterDocs } from '../../stores/persistence';
import CharterDocument from './CharterDocument';
import { go, leaveShared } from '../shared/route';
import type { CharterConfig } from './types';

interface Props {
  config: CharterConfig;
  token: string;
}

/** A charter opened from a partner's link: read it, save it as my copy, or merge it into mine. */
export default function SharedView({ config, token }: Props) {
  const charters = useStore(charterDocs.$docs);
  const [state, heading] = useSharedLink(token, async (t) => {
    const r = await decodeCharter(t);
    return r.ok
      ? { ok: true as const, value: r.charter }
      : { ok: false as const, error: r.error, otherHref: r.otherKind === 'reciprocity' ? `${config.base}tools/reciprocity/${location.hash}` : undefined, otherName: 'reciprocity comparison' };
  });

  if (!state) return <p role="status">Opening the shared charter…</p>;
  if (!state.ok) return <SharedLinkError error={state.error} otherHref={state.otherHref} otherName={state.otherName} homeLabel="Go to your charters" headingRef={heading} />;

  const shared = state.value;
  const mine = charters[shared.id];
  const from = shared.sharedBy || 'Your partner';
  if (mine) return <MergeView config={config} shared={shared} mine={mine} headingRef={heading} />;

  function saveCopy() {
    const now = new Date();
    const data = addRevision(
      { title: shared.title, values: shared.values, revisions: [] },
      { id: newId(), note: `Received from ${from}, shared ${formatDateTime(shared.sharedAt)}`, savedAt: now.toISOString() },
    );
    const saved = charterDocs.put(makeDocument(charterDocType, data, now, shared.id));
    if (saved.ok) leaveShared(shared.id);
  }

  return (
    <div class="shared-view">
      <div class="no-print">
        <h2 tabIndex={-1} ref={heading}>
          {from}’s charter
        </h2>
        <p>
          {from} shared this on {formatDateTime(shared.sharedAt)}. It is read-only here. Save it as your own copy to change
          it, print it, or send your version back.
        </p>
        <p class="button-row">
          <button type="button" onClick={saveCopy}>
            Save as my copy
          </button>
          <button type="button" class="secondary" onClick={() => window.print()}>
            Print
          </button>
        </p>
      </div>
      <CharterDocument def={config.def} programName={config.programName} values={shared.values} title={displayTitle(config.def, shared)} level={2} />
    </div>
  );
}

interface MergeProps {
  config: CharterConfig;
  shared: SharedCharter;
  mine: CharterDoc;
  headingRef: preact.RefObject<HTMLHeadingElement>;
}

/** Both versions side by side, field by field, where they differ; the reader picks or writes the agreed text. */
function MergeView({ config, shared, mine, headingRef }: MergeProps) {
  const { def } = config;
  const from = shared.sharedBy || 'Your partner';
  const diffs = differences(def, mine.data.values, shared.values);
  const [picks, setPicks] = useState<Record<string, MergePick>>(() => Object.fromEntries(diffs.map((d) => [d.key, isFilled(d.mine) ? 'mine' : 'theirs'])));
  const [merged, setMerged] = useState<Record<string, string>>(() => Object.fromEntries(diffs.map((d) => [d.key, typeof d.mine === 'string' ? d.mine : ''])));
  const [done, setDone] = useState(false);

  function save() {
    // Built from the newest stored copy, so an edit made while comparing is kept where no choice was made.
    const r = charterDocs.update(mine.id, (data) => {
      const values = applyMerge(data, shared.values, picks, merged);
      return addRevision({ ...data, values }, { id: newId(), note: `Agreed text after comparing with ${from}’s version of ${formatDateTime(shared.sharedAt)}`, savedAt: nextUpdatedAt(new Date()) });
    });
    if (!r.ok) return;
    setDone(true);
    history.replaceState(null, '', `${location.pathname}?id=${mine.id}`);
  }

  if (done) {
    return (
      <div>
        <h2 tabIndex={-1} ref={headingRef}>
          Saved the agreed version
        </h2>
        <p role="status">Your charter now holds the text you chose, saved as a new revision. Share it back so you both have the same version.</p>
        <p>
          <a href={`${location.pathname}?id=${mine.id}`} onClick={(e) => go(e, mine.id)}>
            Open the charter
          </a>
        </p>
      </div>
    );
  }

  return (
    <div class="merge-view">
      <h2 tabIndex={-1} ref={headingRef}>
        Compare {from}’s version with yours
      </h2>
      <p>
        You already have this charter (“{displayTitle(def, mine.data)}”, last changed {formatDateTime(mine.updatedAt)}). {from}’s
        version was shared {formatDateTime(shared.sharedAt)}.{' '}
        {diffs.length === 0 ? 'The two versions are the same.' : `They differ in ${diffs.length} ${diffs.length === 1 ? 'place' : 'places'}. For each, choose which text to keep, or write a combined version.`}
      </p>
      {diffs.map((d) => {
        const id = `merge-${d.key.replace(/\./g, '-')}`;
        const canEdit = d.field.kind !== 'goals' && d.field.kind !== 'choice' && d.field.kind !== 'scale' && d.field.kind !== 'timezone';
        return (
          <fieldset key={d.key} class="merge-item">
            <legend>
              {d.sectionTitle}: {d.field.label}
            </legend>
            <div class="versions">
              <div class="version">
                <p class="version-label">{from}’s version</p>
                <p class="version-text">{readableValue(d.field, d.theirs) || <em>(empty)</em>}</p>
              </div>
              <div class="version">
                <p class="version-label">My version</p>
                <p class="version-text">{readableValue(d.field, d.mine) || <em>(empty)</em>}</p>
              </div>
            </div>
            <div class="choices">
              <label class="choice">
                <input type="radio" name={id} checked={picks[d.key] === 'theirs'} onChange={() => setPicks({ ...picks, [d.key]: 'theirs' })} /> Use {from}’s
              </label>
              <label class="choice">
                <input type="radio" name={id} checked={picks[d.key] === 'mine'} onChange={() => setPicks({ ...picks, [d.key]: 'mine' })} /> Keep mine
              </label>
              {canEdit && (
                <label class="choice">
                  <input type="radio" name={id} checked={picks[d.key] === 'merged'} onChange={() => setPicks({ ...picks, [d.key]: 'merged' })} /> Write a combined version
                </label>
              )}
            </div>
            {canEdit && picks[d.key] === 'merged' && (
              <div class="field">
                <label for={`${id}-text`}>Combined text for {d.field.label}</label>
                <textarea id={`${id}-text`} rows={3} value={merged[d.key]} onInput={(e) => setMerged({ ...merged, [d.key]: e.currentTarget.value })} />
              </div>
            )}
          </fieldset>
        );
      })}
      <p class="button-row">
        {diffs.length > 0 && (
          <button type="button" onClick={save}>
            Save the agreed version
          </button>
        )}
        <a class="button secondary" href={`${location.pathname}?id=${mine.id}`} onClick={(e) => go(e, mine.id)}>
          {diffs.length > 0 ? 'Cancel and open my version' : 'Open my charter'}
        </a>
      </p>
    </div>
  );
}
