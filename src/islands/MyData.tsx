import type { Strings } from '../lib/i18n/messages';
import { useBrowserStore } from './shared/hydration';
import { useEffect, useRef, useState } from 'preact/hooks';
import { docTypeFor, everyKind } from '../lib/docs';
import { formatBytes, formatDateTime, plural } from '../lib/format';
import type { ImportPlan, ParsedBackup } from '../lib/storage/backup';
import { MAX_IMPORT_BYTES } from '../lib/storage/backup';
import { DEFAULT_META } from '../lib/storage/meta';
import type { Envelope } from '../lib/storage/envelope';
import { $allDocs, $meta, $storageHealth, docsOfType, exportAll, foreignDocs, type StoredItem } from '../stores/persistence';
import { applyImport, deleteEverything, isPersistent, previewImport, quotaEstimate, readBackup, storedTotal } from '../stores/data-page';
import ToolShell from './shared/ToolShell';
import UndoStatus, { focusSoon, useStatus } from './shared/UndoStatus';
import { undoRun } from './shared/undo-delete';
import { downloadText } from './shared/download';
import { programmeName } from './shared/programme';
import { storedTitle } from './shared/charter-title';

interface Props {
  base: string;
  /** The page's interface strings: its language, and the parts this tool uses. */
  strings: Strings;
  /** The programme's name (content/program.yaml), in messages and file names. */
  programName: string;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'error'; message: string }
  | { step: 'preview'; fileName: string; parsed: Extract<ParsedBackup, { ok: true }>; plan: ImportPlan }
  | { step: 'done'; message: string };

async function download(): Promise<void> {
  const { fileName, text } = await exportAll(new Date(), programmeName());
  downloadText(fileName, text);
}

function DocTitle({ doc }: { doc: Envelope }) {
  const t = docTypeFor(doc.type);
  // A charter is named as everywhere else: its title, else the partners' names.
  return <>{storedTitle(doc, () => (t ? t.describe(doc) : doc.id))}</>;
}

/** A stored item's name as everywhere else (a charter without a title by the partners' names). */
const nameOf = (item: StoredItem): string => storedTitle(item.doc, () => item.title);

/**
 * What a Delete button names: the document; when another in the list has the same name, also when it
 * last changed; and when that is the same too, its place among them ("2 of 2").
 */
function deleteName(item: StoredItem, list: readonly StoredItem[]): string {
  const named = (x: StoredItem) => nameOf(x);
  const dated = (x: StoredItem) => `${nameOf(x)}, last changed ${formatDateTime(x.doc.updatedAt)}`;
  for (const name of [named, dated]) {
    const same = list.filter((x) => name(x) === name(item));
    if (same.length === 1) return name(item);
    if (name === dated) return `${name(item)} (${same.indexOf(item) + 1} of ${same.length})`;
  }
  return nameOf(item);
}

/** "2 charters, 3 reflection entries and 1 session record": what is kept, in the tools' own words. */
function whatIsKept(groups: Map<string, StoredItem[]>): string {
  const parts = [...groups].map(([many, list]) => plural(list.length, list[0]!.label.toLowerCase(), many.toLowerCase()));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

export default function MyData({ base, programName, strings }: Props) {
  return (
    <ToolShell base={base} strings={strings}>
      <MyDataPage programName={programName} />
    </ToolShell>
  );
}

function MyDataPage({ programName }: { programName: string }) {
  const items = useBrowserStore($allDocs, []);
  const foreign = useBrowserStore(foreignDocs, []);
  const meta = useBrowserStore($meta, DEFAULT_META);
  const health = useBrowserStore($storageHealth, { state: 'ok' });
  const [persistent, setPersistent] = useState<boolean | null>(null);
  const [quota, setQuota] = useState<{ usage: number; quota: number } | null>(null);
  const [total, setTotal] = useState(0);
  const [importState, setImportState] = useState<ImportState>({ step: 'idle' });
  const [confirmAll, setConfirmAll] = useState(false);
  const [status, setStatus] = useStatus();
  const previewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void isPersistent().then(setPersistent);
    void quotaEstimate().then(setQuota);
    setTotal(storedTotal());
  }, [items, foreign]);

  // Linked from the tools ("add the handbook to your home screen"): open the explanation.
  useEffect(() => {
    const howTo = location.hash === '#home-screen' ? document.querySelector<HTMLDetailsElement>('#home-screen') : null;
    // The page is drawn here, after the browser looked for the anchor: open it and bring it into view.
    howTo?.setAttribute('open', '');
    howTo?.scrollIntoView({ block: 'start' });
  }, []);

  useEffect(() => {
    if (importState.step === 'preview') previewHeading.current?.focus();
  }, [importState.step]);

  async function chooseFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Past the limit the file is not even read: readBackup refuses it on its size alone.
    const parsed = await readBackup(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size, programmeName());
    if (!parsed.ok) {
      setImportState({ step: 'error', message: parsed.error });
      return;
    }
    setImportState({ step: 'preview', fileName: file.name, parsed, plan: await previewImport(parsed.valid, parsed.foreign) });
  }

  /** Set while an import is being written, so a second press does not write it again. */
  const importing = useRef(false);
  async function confirmImport() {
    if (importState.step !== 'preview' || importing.current) return;
    importing.current = true;
    // What the preview promised to write: anything not written was changed here since it was shown.
    const { plan } = importState;
    const promised = plan.add.length + plan.replace.length + plan.addForeign.length;
    const result = await applyImport(importState.parsed).finally(() => {
      importing.current = false;
    });
    setImportState(
      result.ok
        ? {
            step: 'done',
            message: [
              result.written ? `Imported ${plural(result.written, 'document')}.` : 'Nothing was imported.',
              promised > result.written
                ? `${plural(promised - result.written, 'document')} from the file ${promised - result.written === 1 ? 'was' : 'were'} not imported, because the copy here changed after the preview was shown: yours ${promised - result.written === 1 ? 'is' : 'are'} kept.`
                : result.written
                  ? ''
                  : 'Everything in the file is already here.',
            ]
              .filter(Boolean)
              .join(' '),
          }
        : { step: 'error', message: `Nothing was imported: ${result.reason} Free some space (delete old documents) and try again.` },
    );
    // The preview (and the button just pressed) is gone: focus goes back to the file field, under what happened.
    focusSoon(() => document.getElementById('import-file'));
  }

  /** Deletes in a row are undone together. */
  function removeOne(item: StoredItem) {
    const docs = docsOfType(item.doc.type);
    if (!docs) return;
    const removed = docs.remove(item.doc.id);
    const undo = removed && undoRun(status, () => void docs.put(removed));
    setStatus(`Deleted “${nameOf(item)}”.${undo && undo.run.length > 1 ? ` Undo puts back all ${undo.run.length} deleted.` : ''}`, undo || undefined);
    focusSoon(() => document.getElementById('stored-title'));
  }

  const groups = new Map<string, StoredItem[]>();
  for (const item of items) groups.set(item.plural, [...(groups.get(item.plural) ?? []), item]);

  return (
    <div class="my-data">

      <section aria-labelledby="where-title" class="panel">
        <h2 id="where-title">Where your data is</h2>
        <ul class="facts">
          <li>{items.length === 0 ? 'Nothing is kept in this browser yet.' : `Kept in this browser only: ${whatIsKept(groups)}.`}</li>
          <li>
            {health.state === 'unavailable' ? (
              `This browser is not letting ${programName} save anything.`
            ) : (
              <>
                Will this browser keep it?{' '}
                {/* This answer keeps its width while the browser answers, so nothing below it moves. */}
                <span class="answer">{persistent === true ? 'Yes, it has agreed to.' : persistent === false ? 'Not for certain.' : 'It does not say.'}</span>
                <span class="answer-why">
                  A browser may clear what a site keeps when space runs short, and Safari clears it after seven days without a visit, unless the site is
                on your home screen. To keep it safe, add the handbook to your home screen and export a backup now and then.
                </span>
              </>
            )}
          </li>
          <li>{meta.lastExportAt ? `Last exported ${formatDateTime(meta.lastExportAt)}.` : 'Never exported from this browser.'}</li>
        </ul>
        <details id="home-screen">
          <summary>How to add the handbook to your home screen</summary>
          <ul>
            <li>
              <strong>iPhone or iPad (Safari):</strong> press Share, then “Add to Home Screen”, and open the handbook from there. Safari deletes
              what a site keeps if you have not opened it for seven days, unless the site is on your home screen.
            </li>
            <li>
              <strong>Android (Chrome, Samsung Internet, Firefox):</strong> open the browser’s menu (⋮ or ≡), then “Add to Home screen” or
              “Install”.
            </li>
            <li>
              <strong>A computer (Chrome or Edge):</strong> press the install button at the right of the address bar. In Firefox or Safari on a
              computer, export a backup after each session instead.
            </li>
          </ul>
        </details>
        <details>
          <summary>How much space it takes</summary>
          <p>
            {items.length === 0 ? 'Nothing yet.' : `About ${formatBytes(total)}.`} Browsers give a site about 5 MB for what you write, room for
            hundreds of charters. The copy of the handbook kept for offline use takes <span class="answer bytes">{quota ? formatBytes(quota.usage) : '…'}</span>{' '}
            of the <span class="answer bytes">{quota ? formatBytes(quota.quota) : '…'}</span> the browser allows.
          </p>
        </details>
      </section>

      <section aria-labelledby="export-title" class="panel">
        <h2 id="export-title">Back up</h2>
        <p>
          Download everything as one file. Keep it somewhere safe, or import it into another browser. The file holds your
          words: treat it like a private document.
        </p>
        <p>
          <button type="button" onClick={download} disabled={items.length === 0}>
            Export all ({whatIsKept(groups) || 'nothing yet'})
          </button>
        </p>
      </section>

      <section aria-labelledby="import-title" class="panel">
        <h2 id="import-title">Restore from a backup</h2>
        <p>
          Choose a {programName} backup file. You will see what it contains before anything changes. Where a charter or an entry is in both
          places, the newer copy is kept.
        </p>
        <p>
          <label for="import-file">Backup file (.json, up to 5 MB)</label>
          <br />
          <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void chooseFile(e)} />
        </p>
        {importState.step === 'error' && (
          <div class="notice notice-error" role="alert">
            <p>{importState.message}</p>
          </div>
        )}
        {/* On the page from the start, so that what an import did is read out when it is written here. */}
        <div role="status" class={importState.step === 'done' ? 'notice notice-ok' : undefined}>
          {importState.step === 'done' && <p>{importState.message}</p>}
        </div>
        {importState.step === 'preview' && (
          <ImportPreview
            state={importState}
            headingRef={previewHeading}
            onBackup={download}
            onConfirm={confirmImport}
            onCancel={() => {
              setImportState({ step: 'done', message: 'Import cancelled: nothing was changed.' });
              focusSoon(() => document.getElementById('import-file'));
            }}
          />
        )}
      </section>

      <section aria-labelledby="stored-title" class="panel">
        <h2 id="stored-title" tabIndex={-1}>
          Everything stored
        </h2>
        <UndoStatus status={status} onDone={setStatus} />
        {items.length === 0 ? (
          <p>Nothing is stored in this browser yet.</p>
        ) : (
          [...groups].map(([plural, list]) => (
            <div key={plural}>
              <h3>
                {plural} ({list.length})
              </h3>
              <table class="data-table">
                <caption class="visually-hidden">{plural} stored in this browser</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Last changed</th>
                    <th scope="col">Size</th>
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((item) => (
                    <tr key={item.doc.id}>
                      <td>{nameOf(item)}</td>
                      <td>{formatDateTime(item.doc.updatedAt)}</td>
                      <td>{formatBytes(item.bytes)}</td>
                      <td>
                        <button type="button" class="danger small" onClick={() => removeOne(item)} aria-label={`Delete ${deleteName(item, list)}`}>
                          Delete
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))
        )}
        {foreign.length > 0 && (
          <div>
            <h3>Saved by a newer version of this handbook ({foreign.length})</h3>
            <p class="hint">
              This version cannot open {foreign.length === 1 ? 'this document' : 'these documents'}, so {foreign.length === 1 ? 'it is' : 'they are'} left
              exactly as {foreign.length === 1 ? 'it is' : 'they are'}, and included in every export. The newer version of the handbook opens{' '}
              {foreign.length === 1 ? 'it' : 'them'} again.
            </p>
            <ul>
              {foreign.map((f) => (
                <li key={f.key}>
                  {docTypeFor(f.type)?.label ?? `A “${f.type}” document`}
                  {f.updatedAt ? `, last changed ${formatDateTime(f.updatedAt)}` : ''}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="delete-title" class="panel">
        <h2 id="delete-title">Delete everything</h2>
        <p>Remove all {everyKind()} from this browser. This cannot be undone.</p>
        {!confirmAll ? (
          <p>
            <button
              type="button"
              id="delete-all"
              class="danger"
              onClick={() => {
                setConfirmAll(true);
                // On the safe choice: a second Enter (or a held key) keeps everything.
                focusSoon(() => document.getElementById('keep-everything'));
              }}
              disabled={items.length === 0 && total === 0}
            >
              Delete everything…
            </button>
          </p>
        ) : (
          <div class="notice notice-error" role="group" aria-labelledby="confirm-delete-text">
            <p id="confirm-delete-text">
              <strong>Delete {plural(items.length, 'document')} from this browser?</strong> Download a backup first if you
              might want them again.
            </p>
            <p class="button-row">
              <button type="button" class="secondary" onClick={download} disabled={items.length === 0}>
                Download a backup first
              </button>
              <button
                type="button"
                id="confirm-delete-all"
                class="danger"
                onClick={() => {
                  const r = deleteEverything();
                  setConfirmAll(false);
                  setStatus(r.ok ? 'Everything was deleted from this browser.' : `Nothing was deleted: ${r.reason}`);
                  focusSoon(() => document.getElementById('stored-title'));
                }}
              >
                Yes, delete everything
              </button>
              <button
                type="button"
                id="keep-everything"
                class="secondary"
                onClick={() => {
                  setConfirmAll(false);
                  setStatus('Nothing was deleted.');
                  focusSoon(() => document.getElementById('delete-all'));
                }}
              >
                Keep everything
              </button>
            </p>
          </div>
        )}
      </section>
    </div>
  );
}

interface PreviewProps {
  state: Extract<ImportState, { step: 'preview' }>;
  headingRef: preact.RefObject<HTMLHeadingElement>;
  onBackup: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}

function ImportPreview({ state, headingRef, onBackup, onConfirm, onCancel }: PreviewProps) {
  const { plan, parsed, fileName } = state;
  const writes = plan.add.length + plan.replace.length + plan.addForeign.length;
  return (
    <div class="import-preview">
      <h3 ref={headingRef} tabIndex={-1}>
        What importing “{fileName}” will do
      </h3>
      <p class="hint">
        Exported {parsed.exportedAt ? formatDateTime(parsed.exportedAt) : 'at an unknown time'}
        {parsed.appVersion ? ` by version ${parsed.appVersion} of the handbook` : ''}.
      </p>
      <ul class="import-summary">
        <li>
          <strong>{plural(plan.add.length, 'new document')}</strong> will be added.
        </li>
        <li>
          <strong>{plural(plan.replace.length, 'document')}</strong> here will be replaced by the file’s newer version.
        </li>
        <li>
          <strong>{plural(plan.keepMine.length, 'document')}</strong> will be skipped because this browser has a newer
          version.
        </li>
        <li>
          <strong>{plural(plan.same.length, 'document')}</strong> {plan.same.length === 1 ? 'is' : 'are'} already here
          unchanged.
        </li>
        {plan.keepStored.length > 0 && (
          <li>
            <strong>{plural(plan.keepStored.length, 'document')}</strong> will not be imported: this browser already holds{' '}
            {plan.keepStored.length === 1 ? 'a document' : 'documents'} with the same id, and this version cannot tell which copy is newer
            (one was saved by a newer version of the handbook, or cannot be read). Yours {plan.keepStored.length === 1 ? 'is' : 'are'} kept.
          </li>
        )}
        {parsed.rejected.length > 0 && (
          <li>
            <strong>{plural(parsed.rejected.length, 'document')}</strong> cannot be imported (listed below).
          </li>
        )}
      </ul>
      {(plan.add.length > 0 || plan.replace.length > 0 || plan.keepMine.length > 0 || plan.keepStored.length > 0) && (
        <details>
          <summary>See each document</summary>
          <ul>
            {plan.add.map((d) => (
              <li key={`a${d.id}`}>
                Add: <DocTitle doc={d} /> (changed {formatDateTime(d.updatedAt)})
              </li>
            ))}
            {plan.replace.map((r) => (
              <li key={`r${r.incoming.id}`}>
                Replace: <DocTitle doc={r.current} /> (yours changed {formatDateTime(r.current.updatedAt)}; the file’s
                changed {formatDateTime(r.incoming.updatedAt)})
              </li>
            ))}
            {plan.keepMine.map((r) => (
              <li key={`k${r.incoming.id}`}>
                Keep yours: <DocTitle doc={r.current} /> (yours changed {formatDateTime(r.current.updatedAt)}; the file’s
                is older, {formatDateTime(r.incoming.updatedAt)})
              </li>
            ))}
            {plan.keepStored.map((r) => (
              <li key={`s${r.incoming.type}${r.incoming.id}`}>
                Keep yours: {r.current ? <DocTitle doc={r.current} /> : 'a document this version cannot open'} (the file’s copy
                {'v' in r.incoming ? ' cannot be compared with it' : ' was saved by a newer version of the handbook'})
              </li>
            ))}
          </ul>
        </details>
      )}
      {parsed.rejected.length > 0 && (
        <div class="notice notice-warn">
          <p>These documents in the file are not valid and will not be imported:</p>
          <ul>
            {parsed.rejected.map((r) => (
              <li key={r.index}>
                Document {r.index + 1}
                {r.type ? ` (${r.type}${r.id ? ` ${r.id}` : ''})` : ''}: {r.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.addForeign.length > 0 && (
        <p class="hint">
          {plural(plan.addForeign.length, 'document')} in the file {plan.addForeign.length === 1 ? 'was' : 'were'} saved by a newer version
          of this handbook: {plan.addForeign.length === 1 ? 'it is' : 'they are'} stored exactly as {plan.addForeign.length === 1 ? 'it is' : 'they are'}, for
          that version to open.
        </p>
      )}
      {parsed.garbled.length > 0 && (
        <div class="notice notice-warn">
          <p>
            Some characters in {parsed.garbled.length === 1 ? 'this document' : 'these documents'} could not be read (the file may have been
            saved with another text encoding); they show as “�”:
          </p>
          <ul>
            {parsed.garbled.map((d) => (
              <li key={d.id}>
                <DocTitle doc={d} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {parsed.withMarkup > 0 && (
        <p class="hint">
          {plural(parsed.withMarkup, 'document')} {parsed.withMarkup === 1 ? 'contains' : 'contain'} text that looks like
          web code (such as HTML tags). It is kept and shown exactly as text, and never run.
        </p>
      )}
      <p class="button-row">
        <button type="button" class="secondary" onClick={onBackup}>
          Download a backup of my current data first
        </button>
        <button type="button" onClick={onConfirm} disabled={writes === 0}>
          {writes === 0 ? 'Nothing to import' : `Import ${plural(writes, 'document')}`}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel the import
        </button>
      </p>
      <p class="hint">Nothing changes until you choose Import.</p>
    </div>
  );
}
