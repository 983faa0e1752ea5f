import { useBrowserStore } from '../shared/hydration';
import { useState } from 'preact/hooks';
import { blankCharter, completeness, displayTitle, roleText } from '../../lib/charter/values';
import { MAX_TITLE_CHARS, type CharterDoc } from '../../lib/docs/charter-doc';
import { handover, handoverWords, partnerName } from '../../lib/charter/handover';
import { assessments, charters, sessions } from '../../stores/persistence';
import { shareFragment } from '../../lib/share-fragment';
import { go } from '../shared/route';
import UndoStatus, { focusSoon } from '../shared/UndoStatus';
import { useUndoDelete } from '../shared/undo-delete';
import type { CharterConfig } from './types';
import { Rich, useT } from '../shared/i18n';

export default function CharterList({ config }: { config: CharterConfig }) {
  const t = useT();
  const { def } = config;
  const list = useBrowserStore(charters.$list, []);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [status, setStatus, removeDoc] = useUndoDelete(charters, () => document.getElementById('charters-title'));
  const [fileError, setFileError] = useState('');

  /** A new, empty charter, opened as the full form or as the guided meeting. */
  function create(together: boolean) {
    const r = charters.create(blankCharter());
    if (r.ok) go(null, r.doc.id, together);
  }

  async function duplicate(doc: CharterDoc) {
    const { copyTitle } = await import('../../lib/charter/revisions');
    const copy = charters.create({ title: copyTitle(t, displayTitle(def, doc.data, t)), values: doc.data.values, revisions: [], ...(doc.data.calendar ? { calendar: doc.data.calendar } : {}) });
    if (copy.ok) setStatus(t('charter.list.made', { title: copy.doc.data.title }));
  }

  function remove(doc: CharterDoc) {
    // Sessions, checklist entries and self-assessments kept for it stay, unlinked; say where.
    // My mentoring lists sessions and self-assessments linked to no charter; checklist entries stay in their journals.
    const linked = [sessions, assessments].reduce((n, docs) => n + docs.$list.get().filter((d) => d.data.charterId === doc.id).length, 0);
    const title = displayTitle(def, doc.data, t);
    removeDoc(doc.id, linked ? t('charter.list.deletedKept', { title, count: linked }) : t('charter.list.deleted', { title }));
  }

  function rename(doc: CharterDoc, e: Event) {
    e.preventDefault();
    const r = charters.update(doc.id, (d) => ({ ...d, title: newName.trim() }));
    if (!r.ok) return;
    setRenaming(null);
    focusSoon(() => document.getElementById(`rename-button-${doc.id}`));
    setStatus(t('charter.list.renamed', { title: newName.trim() || displayTitle(def, { ...doc.data, title: '' }, t) }));
  }

  async function openFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { MAX_SHARE_FILE_BYTES, tokenFromFile } = await import('../../lib/charter/share');
    if (file.size > MAX_SHARE_FILE_BYTES) {
      setFileError(t('charter.list.fileTooLarge'));
      return;
    }
    const r = tokenFromFile(await file.text(), t);
    if ('error' in r) {
      setFileError(r.error);
      return;
    }
    setFileError('');
    location.hash = shareFragment(r.token).slice(1);
  }

  return (
    <div class="charter-list">
      <p class="button-row">
        <button type="button" onClick={() => create(true)}>
          {t('charter.writeTogether')}
        </button>
        <button type="button" class="secondary" onClick={() => create(false)}>
          {t('charter.list.start')}
        </button>
      </p>
      <p class="hint">{t('charter.list.intro', { together: t('charter.writeTogether') })}</p>
      <h2 id="charters-title" tabIndex={-1}>
        {t('charter.list.title')}
      </h2>
      <UndoStatus status={status} onDone={setStatus} />
      {list.length === 0 ? (
        <p>{t('charter.list.empty')}</p>
      ) : (
        <>
          <ul class="doc-cards">
            {list.map((doc) => {
              const c = completeness(def, doc.data.values);
              const title = displayTitle(def, doc.data, t);
              const summary = { filled: c.filled, total: c.total, date: t.dateTime(doc.updatedAt) };
              /** After Rename, Duplicate and Delete, screen readers hear which charter. */
              const which = () => <span class="visually-hidden"> {title}</span>;
              const names = [roleText(def, doc.data.values, 'mentee-name'), roleText(def, doc.data.values, 'mentor-name')].filter(Boolean);
              return (
                <li key={doc.id} class="card">
                  {renaming === doc.id ? (
                    <form class="inline-form" onSubmit={(e) => rename(doc, e)}>
                      <div class="field grow">
                        <label for={`rename-${doc.id}`}>{t('charter.list.newName', { title })}</label>
                        <input id={`rename-${doc.id}`} type="text" maxLength={MAX_TITLE_CHARS} value={newName} onInput={(e) => setNewName(e.currentTarget.value)} />
                      </div>
                      <button type="submit" class="small">
                        {t('charter.list.saveName')}
                      </button>
                      <button
                        type="button"
                        class="secondary small"
                        onClick={() => {
                          setRenaming(null);
                          focusSoon(() => document.getElementById(`rename-button-${doc.id}`));
                        }}
                      >
                        {t('charter.cancel')}
                      </button>
                    </form>
                  ) : (
                    <h3>
                      <a href={`?id=${doc.id}`} onClick={(e) => go(e, doc.id)}>
                        {title}
                      </a>
                    </h3>
                  )}
                  <p>{names.length ? t('charter.list.summaryNames', { ...summary, names: t.list(names) }) : t('charter.list.summary', summary)}</p>
                  <p class="handover-line">
                    {handoverWords(handover(doc.data), partnerName(doc.data, { mentor: roleText(def, doc.data.values, 'mentor-name'), mentee: roleText(def, doc.data.values, 'mentee-name') }, t), t).text}
                  </p>
                  <p class="button-row">
                    <button
                      type="button"
                      id={`rename-button-${doc.id}`}
                      class="secondary small"
                      onClick={() => {
                        setRenaming(doc.id);
                        setNewName(doc.data.title);
                        focusSoon(() => document.getElementById(`rename-${doc.id}`));
                      }}
                    >
                      <Rich k="charter.list.rename" slots={{ hidden: which() }} />
                    </button>
                    <button type="button" class="secondary small" onClick={() => void duplicate(doc)}>
                      <Rich k="charter.list.duplicate" slots={{ hidden: which() }} />
                    </button>
                    <button type="button" class="danger small" onClick={() => remove(doc)}>
                      <Rich k="charter.list.delete" slots={{ hidden: which() }} />
                    </button>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <section class="panel" aria-labelledby="open-file-title">
        <h2 id="open-file-title">{t('charter.list.openTitle')}</h2>
        <p>{t('charter.list.openText')}</p>
        <label for="share-file">{t('charter.list.fileLabel')}</label>
        <br />
        <input id="share-file" type="file" accept=".json,application/json" onChange={(e) => void openFile(e)} />
        {fileError && (
          <div class="notice notice-error" role="alert">
            <p>{fileError}</p>
          </div>
        )}
      </section>
    </div>
  );
}
