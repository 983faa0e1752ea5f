import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { keepInHistory, readHistoryState } from '../shared/history-state';
import { TITLE_KEY, applyMerge, defaultPick, differences, type ChangedBy, type FieldDifference, type MergePick } from '../../lib/charter/merge';
import { addRevision } from '../../lib/charter/revisions';
import { decodeCharter, receiverSide, type SharedCharter } from '../../lib/charter/share';
import { SharedLinkError, useSharedLink } from '../shared/SharedLink';
import { readableValue } from '../../lib/charter/text';
import { validateCharter } from '../../lib/charter/validate';
import { completeness, displayTitle } from '../../lib/charter/values';
import Handover from './Handover';
import { fingerprint, type HandoverAction } from '../../lib/charter/handover';
import { recordReceived } from '../../lib/charter/handover-records';
import { charterDocType, type CharterDoc, type FieldValue, type HandoverStage } from '../../lib/docs/charter-doc';
import type { Translate } from '../../lib/i18n/messages';
import { useT } from '../shared/i18n';
import { lazy } from '../shared/lazy';
import { byId, makeDocument, newId, nextUpdatedAt } from '../../lib/storage/envelope';
import { charters as charterDocs } from '../../stores/persistence';
import CharterDocument from './CharterDocument';
import { go, leaveShared } from '../shared/route';
import type { CharterConfig } from './types';

interface Props {
  config: CharterConfig;
  token: string;
}

const SharePanel = lazy(() => import('./SharePanel'));

/** What the partner sent, as the card's heading says it. */
const SENT = { draft: 'charterDoc.shared.sentYou.draft', reply: 'charterDoc.shared.sentYou.reply', agreed: 'charterDoc.shared.sentYou.agreed' } as const satisfies Record<HandoverStage, string>;

/** A charter opened from a partner's link: read it, save it as my copy, or merge it into mine. */
export default function SharedView({ config, token }: Props) {
  const t = useT();
  const charters = useStore(charterDocs.$docs);
  const [state, heading] = useSharedLink(token, async (link) => {
    const r = await decodeCharter(link, t);
    return r.ok
      ? { ok: true as const, value: r.charter }
      : { ok: false as const, error: r.error, otherHref: r.otherKind === 'reciprocity' ? `${config.base}tools/reciprocity/${location.hash}` : undefined, otherName: t('charterDoc.shared.reciprocity') };
  });

  if (!state) return <p role="status">{t('charterDoc.shared.opening')}</p>;
  if (!state.ok) return <SharedLinkError error={state.error} otherHref={state.otherHref} otherName={state.otherName} homeLabel={t('charterDoc.shared.home')} headingRef={heading} />;

  const shared = state.value;
  const mine = byId(charters, shared.id);
  const from = shared.sharedBy || t('charterDoc.partner.unknownStart');
  const problems = validateCharter(t, config.def, shared.values);
  const flagged = problems.length > 0 && (
    <div class="notice notice-warn" role="alert">
      <p>{t('charterDoc.shared.invalid', { from })}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.key}>{p.message}</li>
        ))}
      </ul>
    </div>
  );
  // A link this copy made itself, opened here: nothing to compare, and nothing has come from the partner.
  if (mine && shared.sharedAs && mine.data.me === shared.sharedAs)
    return (
      <div class="shared-view">
        <div class="handover-card">
          <h2 tabIndex={-1} ref={heading}>
            {t('charterDoc.shared.ownTitle')}
          </h2>
          <p>{t('charterDoc.shared.ownText', { date: t.dateTime(shared.sharedAt) })}</p>
          <p class="button-row">
            <a class="button" href={`${location.pathname}?id=${mine.id}`} onClick={(e) => (e.preventDefault(), leaveShared(mine.id))}>
              {t('charterDoc.shared.openMine')}
            </a>
          </p>
        </div>
      </div>
    );
  if (mine)
    return (
      <>
        <div class="no-print">{flagged}</div>
        <MergeView config={config} shared={shared} mine={mine} headingRef={heading} />
      </>
    );

  const stage = shared.stage ?? 'draft';
  const written = completeness(config.def, shared.values);

  function saveCopy() {
    const now = new Date();
    const me = receiverSide(shared);
    const data = addRevision(
      recordReceived({ title: shared.title, values: shared.values, revisions: [], ...(me ? { me } : {}) }, shared, now),
      { id: newId(), note: t('charterDoc.shared.receivedNote', { from, date: t.dateTime(shared.sharedAt) }), savedAt: now.toISOString() },
    );
    const saved = charterDocs.put(makeDocument(charterDocType, data, now, shared.id));
    if (saved.ok) leaveShared(shared.id);
  }

  // The link's own fragment holds the charter, so reading it first scrolls there without changing the address.
  function readFirst() {
    const el = document.getElementById('charter-preview');
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  }

  const agreedCopy = stage === 'agreed';
  const action = agreedCopy ? t('charterDoc.shared.keepCopy') : t('charterDoc.shared.addPart');
  return (
    <div class="shared-view">
      <div class="no-print">
        <section class="handover-card" aria-labelledby="handover-card-title">
          <h2 id="handover-card-title" tabIndex={-1} ref={heading}>
            {t(SENT[stage], { from })}
          </h2>
          {flagged}
          <p>
            {agreedCopy && shared.agreed
              ? t('charterDoc.shared.agreedKeep', { date: t.date(shared.agreed.at) })
              : t('charterDoc.shared.writtenAdd', { count: written.filled, total: written.total, from })}
          </p>
          <p class="button-row">
            <button type="button" onClick={saveCopy}>
              {action}
            </button>
            <button type="button" class="secondary" onClick={readFirst}>
              {t('charterDoc.shared.readFirst')}
            </button>
          </p>
        </section>
      </div>
      <div id="charter-preview" tabIndex={-1}>
        <CharterDocument def={config.def} programName={config.programName} concerns={config.concerns} values={shared.values} title={displayTitle(config.def, shared, t)} level={2} earlierLabels={config.earlierLabels} />
      </div>
      <p class="button-row no-print shared-end">
        <button type="button" onClick={saveCopy}>
          {action}
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          {t('charterDoc.shared.print')}
        </button>
      </p>
    </div>
  );
}

interface MergeProps {
  config: CharterConfig;
  shared: SharedCharter;
  mine: CharterDoc;
  headingRef: preact.RefObject<HTMLHeadingElement>;
}

/** Why a version is chosen, or that the person chooses. */
const CHANGED_BY = {
  theirs: 'charterDoc.merge.theirs',
  mine: 'charterDoc.merge.mine',
  both: 'charterDoc.merge.both',
  unknown: 'charterDoc.merge.unknown',
} as const satisfies Record<ChangedBy, string>;

/** Where a difference is: "Section: Field", or the charter's name. */
const placeOf = (t: Translate, d: FieldDifference): string =>
  d.key === TITLE_KEY ? t('charterDoc.colon.pair', { label: t('charterDoc.merge.nameSection'), text: t('charterDoc.merge.nameField') }) : t('charterDoc.colon.pair', { label: d.sectionTitle, text: d.field.label });

/** A merge draft read back from the history entry, if it has the shape and the fields of this comparison. */
function mergeDraft(v: unknown, keys: string[]): { picks: Record<string, MergePick | null>; combined: Record<string, FieldValue> } | null {
  const d = v as { picks?: Record<string, unknown>; combined?: Record<string, unknown> } | null;
  if (!d || typeof d.picks !== 'object' || typeof d.combined !== 'object' || !d.picks || !d.combined) return null;
  const same = (o: object) => Object.keys(o).sort().join('\u0000') === [...keys].sort().join('\u0000');
  if (!same(d.picks) || !same(d.combined)) return null;
  if (!Object.values(d.picks).every((p) => p === null || p === 'mine' || p === 'theirs' || p === 'merged')) return null;
  return d as ReturnType<typeof mergeDraft>;
}

/**
 * Both versions side by side, field by field, where they differ. Against the version both last saw
 * (carried in the link), the side that changed is preselected; only a field changed on both sides
 * asks for a choice. Before the result is saved, the current text is kept as a revision.
 */
function MergeView({ config, shared, mine, headingRef }: MergeProps) {
  const t = useT();
  const { def } = config;
  const from = shared.sharedBy || t('charterDoc.partner.unknownStart');
  const [diffs] = useState(() => differences(def, mine.data, shared, shared.base));
  // The choices and combined texts so far live in this tab's history entry, like a draft: a reload,
  // Back, or the "new version" reload brings them back (for the same partner's version only).
  const draftKey = `charter-merge:${mine.id}:${shared.sharedAt}`;
  const [kept] = useState(() => mergeDraft(readHistoryState(draftKey), diffs.map((d) => d.key)));
  const [picks, setPicksNow] = useState<Record<string, MergePick | null>>(() => kept?.picks ?? Object.fromEntries(diffs.map((d) => [d.key, defaultPick(d)])));
  const [combined, setCombinedNow] = useState<Record<string, FieldValue>>(
    () => kept?.combined ?? Object.fromEntries(diffs.map((d) => [d.key, d.combined ?? (typeof d.mine === 'string' ? d.mine : '')])),
  );
  const setPicks = (p: typeof picks) => (setPicksNow(p), keepInHistory(draftKey, { picks: p, combined }));
  const setCombined = (c: typeof combined) => (setCombinedNow(c), keepInHistory(draftKey, { picks, combined: c }));
  const [missing, setMissing] = useState<FieldDifference[]>([]);
  const [done, setDone] = useState(false);
  /** After saving: the link the next step sends, once asked for. */
  const [sending, setSending] = useState<HandoverStage | null>(null);
  const stored = byId(useStore(charterDocs.$docs), mine.id) ?? mine;
  // The same text on both sides: this copy now knows the partner has it (and, for the agreed version, that it is agreed).
  useEffect(() => {
    if (diffs.length === 0 && fingerprint(shared) === fingerprint(mine.data)) charterDocs.update(mine.id, (d) => recordReceived(d, shared, new Date()));
  }, []);
  const next = (action: HandoverAction) => setSending(action.stage);
  const missingBox = useRef<HTMLDivElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);
  useEffect(() => {
    if (missing.length) missingBox.current?.focus();
  }, [missing]);

  function save() {
    const unchosen = diffs.filter((d) => !picks[d.key]);
    if (unchosen.length) {
      setMissing(unchosen);
      return;
    }
    const chosen = Object.fromEntries(Object.entries(picks).filter((e): e is [string, MergePick] => e[1] !== null));
    const now = new Date();
    // Built from the newest stored copy; the text before the merge is kept as a revision first.
    const r = charterDocs.update(mine.id, (data) => {
      const before = addRevision(data, { id: newId(), note: t('charterDoc.merge.beforeNote', { from }), savedAt: nextUpdatedAt(now) });
      const merged = applyMerge(before, shared, chosen, combined);
      const me = data.me ?? receiverSide(shared);
      const note = t('charterDoc.merge.afterNote', { from, date: t.dateTime(shared.sharedAt) });
      return recordReceived({ ...addRevision(merged, { id: newId(), note, savedAt: nextUpdatedAt(now) }), ...(me ? { me } : {}) }, shared, now);
    });
    if (!r.ok) return;
    keepInHistory(draftKey, undefined);
    setDone(true);
    history.replaceState(null, '', `${location.pathname}?id=${mine.id}`);
  }

  if (done) {
    return (
      <div>
        <h2 tabIndex={-1} ref={doneHeading}>
          {t('charterDoc.merge.doneTitle')}
        </h2>
        <p role="status">{t('charterDoc.merge.done')}</p>
        <Handover config={config} doc={stored} onAction={next} place="end" />
        {sending && <SharePanel config={config} doc={stored} stage={sending} onClose={() => setSending(null)} />}
        <p>
          <a href={`${location.pathname}?id=${mine.id}`} onClick={(e) => go(e, mine.id)}>
            {t('charterDoc.merge.openCharter')}
          </a>
        </p>
      </div>
    );
  }

  const toChoose = diffs.filter((d) => d.changedBy === 'both' && !d.combined).length;
  return (
    <div class="merge-view">
      <h2 tabIndex={-1} ref={headingRef}>
        {diffs.length === 0 ? t('charterDoc.merge.sameTitle') : t('charterDoc.merge.compareTitle', { from })}
      </h2>
      <p>
        {t('charterDoc.merge.already', { title: displayTitle(def, mine.data, t), changed: t.dateTime(mine.updatedAt), from, shared: t.dateTime(shared.sharedAt) })}{' '}
        {diffs.length === 0
          ? t('charterDoc.merge.same')
          : `${t('charterDoc.merge.differ', { count: diffs.length })} ${
              shared.base
                ? toChoose
                  ? t('charterDoc.merge.bothChanged', { count: toChoose })
                  : t('charterDoc.merge.oneSideEach')
                : t('charterDoc.merge.chooseEach')
            }`}
      </p>
      {diffs.length === 0 && <Handover config={config} doc={stored} onAction={next} place="end" />}
      {diffs.length === 0 && sending && <SharePanel config={config} doc={stored} stage={sending} onClose={() => setSending(null)} />}
      {missing.length > 0 && (
        <div class="notice notice-error" role="alert" tabIndex={-1} ref={missingBox}>
          <p>
            <strong>{t('charterDoc.merge.chooseFirst', { count: missing.length })}</strong>
          </p>
          <ul>
            {missing.map((d) => (
              <li key={d.key}>
                <a href={`#${mergeId(d.key)}-theirs`}>{placeOf(t, d)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {diffs.map((d) => {
        const id = mergeId(d.key);
        const canEdit = d.key === TITLE_KEY || d.field.kind === 'text' || d.field.kind === 'textarea' || (d.field.kind === 'goals' && !!d.combined);
        const pick = picks[d.key];
        const choose = (p: MergePick) => {
          setPicks({ ...picks, [d.key]: p });
          setMissing(missing.filter((x) => x.key !== d.key));
        };
        return (
          <fieldset key={d.key} class={`merge-item${d.changedBy === 'both' && !d.combined ? ' merge-conflict' : ''}`} aria-describedby={`${id}-why`}>
            <legend>{placeOf(t, d)}</legend>
            <p class="hint" id={`${id}-why`}>
              {t(CHANGED_BY[d.changedBy], { from })}
            </p>
            <div class="versions">
              <div class="version">
                <p class="version-label">{t('charterDoc.merge.theirVersion', { from })}</p>
                <p class="version-text">{readableValue(t, d.field, d.theirs) || <em>{t('charterDoc.merge.empty')}</em>}</p>
              </div>
              <div class="version">
                <p class="version-label">{t('charterDoc.merge.myVersion')}</p>
                <p class="version-text">{readableValue(t, d.field, d.mine) || <em>{t('charterDoc.merge.empty')}</em>}</p>
              </div>
            </div>
            <div class="choices">
              <label class="choice">
                <input type="radio" id={`${id}-theirs`} name={id} checked={pick === 'theirs'} onChange={() => choose('theirs')} /> {t('charterDoc.merge.useTheirs', { from })}
              </label>
              <label class="choice">
                <input type="radio" name={id} checked={pick === 'mine'} onChange={() => choose('mine')} /> {t('charterDoc.merge.keepMine')}
              </label>
              {canEdit && (
                <label class="choice">
                  <input type="radio" name={id} checked={pick === 'merged'} onChange={() => choose('merged')} />{' '}
                  {d.field.kind === 'goals' ? t('charterDoc.merge.keepBothGoals') : t('charterDoc.merge.writeCombined')}
                </label>
              )}
            </div>
            {pick === 'merged' && d.field.kind === 'goals' && d.combined && (
              <div class="version">
                <p class="version-label">{t('charterDoc.merge.bothTogether')}</p>
                <p class="version-text">{readableValue(t, d.field, d.combined) || <em>{t('charterDoc.merge.noGoals')}</em>}</p>
              </div>
            )}
            {pick === 'merged' && d.field.kind !== 'goals' && (
              <div class="field">
                <label for={`${id}-text`}>{t('charterDoc.merge.combinedFor', { field: d.key === TITLE_KEY ? t('charterDoc.merge.nameField') : d.field.label })}</label>
                <textarea
                  id={`${id}-text`}
                  rows={3}
                  value={typeof combined[d.key] === 'string' ? (combined[d.key] as string) : ''}
                  onInput={(e) => setCombined({ ...combined, [d.key]: e.currentTarget.value })}
                />
              </div>
            )}
          </fieldset>
        );
      })}
      <p class="button-row">
        {diffs.length > 0 && (
          <button type="button" onClick={save}>
            {shared.stage === 'agreed' && diffs.every((d) => d.changedBy === 'theirs') ? t('charterDoc.merge.accept') : t('charterDoc.merge.save')}
          </button>
        )}
        <a class="button secondary" href={`${location.pathname}?id=${mine.id}`} onClick={(e) => go(e, mine.id)}>
          {diffs.length > 0 ? t('charterDoc.merge.cancel') : t('charterDoc.shared.openMine')}
        </a>
      </p>
    </div>
  );
}

const mergeId = (key: string): string => `merge-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
