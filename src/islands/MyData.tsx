import type { Strings, Translate } from '../lib/i18n/messages';
import { useBrowserStore } from './shared/hydration';
import { useEffect, useRef, useState } from 'preact/hooks';
import { docTypeFor, everyKind, keptCounts } from '../lib/docs';
import { bytes } from '../lib/format';
import { kindWords } from '../lib/storage/kinds';
import { say, type Said } from '../lib/storage/said';
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
import { Rich, useT } from './shared/i18n';

interface Props {
  base: string;
  /** The page's interface strings: its language, and the parts this tool uses. */
  strings: Strings;
  /** The programme's name (content/program.yaml), in messages and file names. */
  programName: string;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'error'; message: Said }
  | { step: 'preview'; fileName: string; parsed: Extract<ParsedBackup, { ok: true }>; plan: ImportPlan }
  | { step: 'done'; message: string };

async function download(t: Translate): Promise<void> {
  const { fileName, text } = await exportAll(t, new Date(), programmeName());
  downloadText(fileName, text);
}

/** A document's name as everywhere else: a charter's title, else the partners' names; others as their kind describes them. */
const docName = (t: Translate, doc: Envelope): string => storedTitle(doc, () => docTypeFor(doc.type)?.describe(doc, t) ?? doc.id);

function DocTitle({ doc }: { doc: Envelope }) {
  return <>{docName(useT(), doc)}</>;
}

/**
 * What a Delete button names: the document; when another in the list has the same name, also when it
 * last changed; and when that is the same too, its place among them ("2 of 2").
 */
function deleteName(t: Translate, item: StoredItem, list: readonly StoredItem[]): string {
  const named = (x: StoredItem) => docName(t, x.doc);
  const dated = (x: StoredItem) => t('data.stored.sameName', { name: docName(t, x.doc), when: t.dateTime(x.doc.updatedAt) });
  for (const name of [named, dated]) {
    const same = list.filter((x) => name(x) === name(item));
    if (same.length === 1) return name(item);
    if (name === dated) return t('data.stored.nth', { name: name(item), n: same.indexOf(item) + 1, count: same.length });
  }
  return named(item);
}

/** "2 charters, 3 reflection entries and 1 session record": what is kept, by kind, in the order of the groups. */
const whatIsKept = (t: Translate, groups: Map<string, StoredItem[]>): string => keptCounts(t, [...groups].map(([type, list]) => [type, list.length] as const));

export default function MyData({ base, programName, strings }: Props) {
  return (
    <ToolShell base={base} strings={strings}>
      <MyDataPage programName={programName} />
    </ToolShell>
  );
}

function MyDataPage({ programName }: { programName: string }) {
  const t = useT();
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
              result.written ? t('data.restore.imported', { count: result.written }) : t('data.restore.nothingImported'),
              promised > result.written ? t('data.restore.changedSince', { count: promised - result.written }) : result.written ? '' : t('data.restore.alreadyHere'),
            ]
              .filter(Boolean)
              .join(' '),
          }
        : { step: 'error', message: { key: 'data.restore.failed', params: { reason: result.reason } } },
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
    const text = t('data.stored.deleted', { name: docName(t, item.doc) });
    setStatus(undo && undo.run.length > 1 ? t('common.undo.all', { text, count: undo.run.length }) : text, undo || undefined);
    focusSoon(() => document.getElementById('stored-title'));
  }

  const groups = new Map<string, StoredItem[]>();
  for (const item of items) groups.set(item.doc.type, [...(groups.get(item.doc.type) ?? []), item]);

  return (
    <div class="my-data">

      <section aria-labelledby="where-title" class="panel">
        <h2 id="where-title">{t('data.where.title')}</h2>
        <ul class="facts">
          <li>{items.length === 0 ? t('data.where.nothing') : t('data.where.kept', { what: whatIsKept(t, groups) })}</li>
          <li>
            {health.state === 'unavailable' ? (
              t('data.where.blocked', { name: programName })
            ) : (
              <>
                {t('data.where.question')}{' '}
                {/* This answer keeps its width while the browser answers, so nothing below it moves. */}
                <span class="answer">{persistent === true ? t('data.where.yes') : persistent === false ? t('data.where.no') : t('data.where.unknown')}</span>
                <span class="answer-why">{t('data.where.why')}</span>
              </>
            )}
          </li>
          <li>{meta.lastExportAt ? t('data.where.lastExported', { when: t.dateTime(meta.lastExportAt) }) : t('data.where.neverExported')}</li>
        </ul>
        <details id="home-screen">
          <summary>{t('data.homeScreen.summary')}</summary>
          <ul>
            <li>
              <Rich k="data.homeScreen.iphone" slots={{ device: <strong>{t('data.homeScreen.iphoneDevice')}</strong> }} />
            </li>
            <li>
              <Rich k="data.homeScreen.android" slots={{ device: <strong>{t('data.homeScreen.androidDevice')}</strong> }} />
            </li>
            <li>
              <Rich k="data.homeScreen.computer" slots={{ device: <strong>{t('data.homeScreen.computerDevice')}</strong> }} />
            </li>
          </ul>
        </details>
        <details>
          <summary>{t('data.space.summary')}</summary>
          <p>
            {items.length === 0 ? t('data.space.nothing') : t('data.space.about', { size: bytes(t, total) })}{' '}
            <Rich
              k="data.space.text"
              slots={{
                usage: <span class="answer bytes">{quota ? bytes(t, quota.usage) : '…'}</span>,
                quota: <span class="answer bytes">{quota ? bytes(t, quota.quota) : '…'}</span>,
              }}
            />
          </p>
        </details>
      </section>

      <section aria-labelledby="export-title" class="panel">
        <h2 id="export-title">{t('data.backup.title')}</h2>
        <p>{t('data.backup.text')}</p>
        <p>
          <button type="button" onClick={() => download(t)} disabled={items.length === 0}>
            {t('data.backup.button', { what: whatIsKept(t, groups) || t('data.backup.nothing') })}
          </button>
        </p>
      </section>

      <section aria-labelledby="import-title" class="panel">
        <h2 id="import-title">{t('data.restore.title')}</h2>
        <p>{t('data.restore.text', { name: programName })}</p>
        <p>
          <label for="import-file">{t('data.restore.label')}</label>
          <br />
          <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void chooseFile(e)} />
        </p>
        {importState.step === 'error' && (
          <div class="notice notice-error" role="alert">
            <p>{say(t, importState.message)}</p>
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
            onBackup={() => download(t)}
            onConfirm={confirmImport}
            onCancel={() => {
              setImportState({ step: 'done', message: t('data.restore.cancelled') });
              focusSoon(() => document.getElementById('import-file'));
            }}
          />
        )}
      </section>

      <section aria-labelledby="stored-title" class="panel">
        <h2 id="stored-title" tabIndex={-1}>
          {t('data.stored.title')}
        </h2>
        <UndoStatus status={status} onDone={setStatus} />
        {items.length === 0 ? (
          <p>{t('data.stored.nothing')}</p>
        ) : (
          [...groups].map(([type, list]) => (
            <div key={type}>
              <h3>
                {t(kindWords(type).names)} ({t.number(list.length)})
              </h3>
              <table class="data-table">
                <caption class="visually-hidden">{t('data.stored.caption', { kinds: t(kindWords(type).names) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('data.stored.name')}</th>
                    <th scope="col">{t('data.stored.changed')}</th>
                    <th scope="col">{t('data.stored.size')}</th>
                    <th scope="col">
                      <span class="visually-hidden">{t('data.stored.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((item) => (
                    <tr key={item.doc.id}>
                      <td>{docName(t, item.doc)}</td>
                      <td>{t.dateTime(item.doc.updatedAt)}</td>
                      <td>{bytes(t, item.bytes)}</td>
                      <td>
                        <button type="button" class="danger small" onClick={() => removeOne(item)} aria-label={t('data.stored.deleteLabel', { name: deleteName(t, item, list) })}>
                          {t('data.stored.delete')}
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
            <h3>{t('data.stored.newerTitle', { count: foreign.length })}</h3>
            <p class="hint">{t('data.stored.newerText', { count: foreign.length })}</p>
            <ul>
              {foreign.map((f) => {
                const kind = docTypeFor(f.type) ? t(kindWords(f.type).name) : t('data.stored.unknownKind', { type: f.type });
                return <li key={f.key}>{f.updatedAt ? t('data.stored.foreignChanged', { kind, when: t.dateTime(f.updatedAt) }) : kind}</li>;
              })}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="delete-title" class="panel">
        <h2 id="delete-title">{t('data.deleteAll.title')}</h2>
        <p>{t('data.deleteAll.text', { kinds: everyKind(t) })}</p>
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
              {t('data.deleteAll.button')}
            </button>
          </p>
        ) : (
          <div class="notice notice-error" role="group" aria-labelledby="confirm-delete-text">
            <p id="confirm-delete-text">
              <strong>{t('data.deleteAll.confirm', { count: items.length })}</strong> {t('data.deleteAll.confirmText')}
            </p>
            <p class="button-row">
              <button type="button" class="secondary" onClick={() => download(t)} disabled={items.length === 0}>
                {t('data.deleteAll.backupFirst')}
              </button>
              <button
                type="button"
                id="confirm-delete-all"
                class="danger"
                onClick={() => {
                  const r = deleteEverything();
                  setConfirmAll(false);
                  setStatus(r.ok ? t('data.deleteAll.done') : t('data.deleteAll.failed', { reason: say(t, r.reason) }));
                  focusSoon(() => document.getElementById('stored-title'));
                }}
              >
                {t('data.deleteAll.yes')}
              </button>
              <button
                type="button"
                id="keep-everything"
                class="secondary"
                onClick={() => {
                  setConfirmAll(false);
                  setStatus(t('data.deleteAll.kept'));
                  focusSoon(() => document.getElementById('delete-all'));
                }}
              >
                {t('data.deleteAll.keep')}
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
  const t = useT();
  const { plan, parsed, fileName } = state;
  const writes = plan.add.length + plan.replace.length + plan.addForeign.length;
  /** "3 documents" in bold, in a sentence about them (whose wording follows the count). */
  const counted = (k: string, count: number, documents = t('data.preview.documents', { count })) => <Rich k={k} params={{ count }} slots={{ documents: <strong>{documents}</strong> }} />;
  const exported = parsed.exportedAt
    ? parsed.appVersion
      ? t('data.preview.exportedBy', { when: t.dateTime(parsed.exportedAt), version: parsed.appVersion })
      : t('data.preview.exported', { when: t.dateTime(parsed.exportedAt) })
    : parsed.appVersion
      ? t('data.preview.exportedSometimeBy', { version: parsed.appVersion })
      : t('data.preview.exportedSometime');
  return (
    <div class="import-preview">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('data.preview.title', { file: fileName })}
      </h3>
      <p class="hint">{exported}</p>
      <ul class="import-summary">
        <li>{counted('data.preview.add', plan.add.length, t('data.preview.newDocuments', { count: plan.add.length }))}</li>
        <li>{counted('data.preview.replace', plan.replace.length)}</li>
        <li>{counted('data.preview.keepMine', plan.keepMine.length)}</li>
        <li>{counted('data.preview.same', plan.same.length)}</li>
        {plan.keepStored.length > 0 && <li>{counted('data.preview.keepStored', plan.keepStored.length)}</li>}
        {parsed.rejected.length > 0 && <li>{counted('data.preview.rejected', parsed.rejected.length)}</li>}
      </ul>
      {(plan.add.length > 0 || plan.replace.length > 0 || plan.keepMine.length > 0 || plan.keepStored.length > 0) && (
        <details>
          <summary>{t('data.preview.seeEach')}</summary>
          <ul>
            {plan.add.map((d) => (
              <li key={`a${d.id}`}>
                <Rich k="data.preview.addItem" params={{ when: t.dateTime(d.updatedAt) }} slots={{ title: <DocTitle doc={d} /> }} />
              </li>
            ))}
            {plan.replace.map((r) => (
              <li key={`r${r.incoming.id}`}>
                <Rich k="data.preview.replaceItem" params={{ mine: t.dateTime(r.current.updatedAt), theirs: t.dateTime(r.incoming.updatedAt) }} slots={{ title: <DocTitle doc={r.current} /> }} />
              </li>
            ))}
            {plan.keepMine.map((r) => (
              <li key={`k${r.incoming.id}`}>
                <Rich k="data.preview.keepMineItem" params={{ mine: t.dateTime(r.current.updatedAt), theirs: t.dateTime(r.incoming.updatedAt) }} slots={{ title: <DocTitle doc={r.current} /> }} />
              </li>
            ))}
            {plan.keepStored.map((r) => (
              <li key={`s${r.incoming.type}${r.incoming.id}`}>
                <Rich
                  k={'v' in r.incoming ? 'data.preview.keepStoredItem' : 'data.preview.keepStoredNewerItem'}
                  slots={{ title: r.current ? <DocTitle doc={r.current} /> : t('data.preview.unopenable') }}
                />
              </li>
            ))}
          </ul>
        </details>
      )}
      {parsed.rejected.length > 0 && (
        <div class="notice notice-warn">
          <p>{t('data.preview.invalidTitle')}</p>
          <ul>
            {parsed.rejected.map((r) => {
              const n = r.index + 1;
              const reason = say(t, r.reason);
              return (
                <li key={r.index}>
                  {r.type ? (r.id ? t('data.preview.invalidTypeId', { n, type: r.type, id: r.id, reason }) : t('data.preview.invalidType', { n, type: r.type, reason })) : t('data.preview.invalid', { n, reason })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {plan.addForeign.length > 0 && <p class="hint">{t('data.preview.foreign', { count: plan.addForeign.length })}</p>}
      {parsed.garbled.length > 0 && (
        <div class="notice notice-warn">
          <p>{t('data.preview.garbled', { count: parsed.garbled.length })}</p>
          <ul>
            {parsed.garbled.map((d) => (
              <li key={d.id}>
                <DocTitle doc={d} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {parsed.withMarkup > 0 && <p class="hint">{t('data.preview.markup', { count: parsed.withMarkup })}</p>}
      <p class="button-row">
        <button type="button" class="secondary" onClick={onBackup}>
          {t('data.preview.backupFirst')}
        </button>
        <button type="button" onClick={onConfirm} disabled={writes === 0}>
          {writes === 0 ? t('data.preview.nothingToImport') : t('data.preview.import', { count: writes })}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('data.preview.cancel')}
        </button>
      </p>
      <p class="hint">{t('data.preview.note')}</p>
    </div>
  );
}
