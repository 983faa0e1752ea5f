import type { ConcernsContact, ConcernsRoute } from '../../lib/program-schema';
import { phoneText, telNumber } from '../../lib/phone';
import { otherRoutesLead, otherRoutesParagraph, routeWhen } from '../../lib/concerns';
import type { Translate } from '../../lib/i18n/messages';
import type { ComponentChildren } from 'preact';
import { useT } from './i18n';

/**
 * A message with elements in it (`{contact}`, `{link}`), with `t` given: a page renders these boxes
 * outside any tool. Without the message (a page that gave no strings) the elements still show, after
 * its key: the contact's details are never lost.
 */
const rich = (t: Translate, key: string, slots: Record<string, ComponentChildren>): ComponentChildren[] =>
  t(key) !== key ? t.parts(key).map((part) => (typeof part === 'string' ? part : slots[part.slot])) : [key, ...Object.values(slots).flatMap((slot) => [' ', slot])];

/** The contact's name, email and phone, with the email and phone as links. */
export const ConcernsDetails = ({ concerns: c }: { concerns: ConcernsContact }) => <RouteDetails route={{ name: c.name, email: c.email, ...(c.phone ? { phone: c.phone } : {}) }} />;

/** A route's name and its ways in, as links (a phone number on one line). */
export function RouteDetails({ route: r }: { route: ConcernsRoute }) {
  const ways = [
    r.email && <a href={`mailto:${r.email}`}>{r.email}</a>,
    r.phone && <a href={`tel:${telNumber(r.phone)}`}>{phoneText(r.phone)}</a>,
    r.url && <a href={r.url}>{r.url.replace(/^https:\/\//, '')}</a>,
  ].filter(Boolean);
  return (
    <>
      {r.name}
      {ways.map((w, i) => (
        <span key={i}>, {w}</span>
      ))}
      {r.when ? ` ${routeWhen(r.when)}` : ''}
    </>
  );
}

/** The other routes, the emergency line and outside support: shown wherever the concerns contact is. */
export function OtherRoutes({ concerns, t: given }: { concerns: ConcernsContact; t?: Translate | undefined }) {
  const own = useT();
  const t = given ?? own;
  return (
    <>
      <p>{otherRoutesLead(t, concerns)}</p>
      <ul class="concerns-routes">
        {concerns.otherRoutes.map((r) => (
          <li key={r.name}>
            <RouteDetails route={r} />
          </li>
        ))}
      </ul>
      <p>
        <strong>{concerns.emergency}</strong>
      </p>
      {concerns.support?.length ? (
        <p>
          {rich(t, 'common.concerns.support', {
            routes: concerns.support.map((r, i) => (
              <span key={r.name}>
                {i > 0 ? '; ' : ''}
                <RouteDetails route={r} />
              </span>
            )),
          })}
        </p>
      ) : null}
    </>
  );
}

interface Props {
  concerns: ConcernsContact;
  /** The heading's id (the box is labelled by it). */
  id: string;
  /** A heading level for pages, or none for a titled box inside text (a guide, a checklist). */
  level?: 2 | 3 | undefined;
  title?: string;
  /** The sentence before the contact's details. */
  lead?: string;
  /** At the foot of a checklist (on screen or printed): the sentence a checklist uses. */
  checklist?: boolean;
  /** On a one-page printed sheet: the other routes in one paragraph, as text. */
  compact?: boolean;
  /** The guide on power and safety, to say what happens next. */
  guide?: { href: string; title: string } | undefined;
  class?: string;
  /** The page's `t()`, where the box is on a page rather than in a tool (a tool's own is used otherwise). */
  t?: Translate | undefined;
}

/**
 * Who to go to in confidence when something is wrong: on every tool page, in the guide on power
 * and safety, and on checklists that ask for it. Static: it needs no JavaScript.
 */
export default function ConcernsNote({ concerns, id, level, title, lead, checklist, compact, guide, class: className, t: given }: Props) {
  const own = useT();
  const t = given ?? own;
  const H = level ? (`h${level}` as 'h2' | 'h3') : 'p';
  const details = <ConcernsDetails concerns={concerns} />;
  return (
    <aside class={`concerns-note${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <H id={id} class={level ? 'concerns-title' : 'box-title'}>
        {title ?? t('common.concerns.title')}
      </H>
      <p>
        {lead ? (
          <>
            {lead} {details}.
          </>
        ) : (
          // How a checklist introduces the contact (on screen and on its printed sheet), and how a tool page does.
          rich(t, checklist ? 'common.concerns.checklistLead' : 'common.concerns.lead', { contact: details })
        )}
      </p>
      <p>{concerns.confidentiality}</p>
      {/* On a one-page printed sheet, the other routes take one paragraph. */}
      {compact ? <p>{otherRoutesParagraph(t, concerns)}</p> : <OtherRoutes concerns={concerns} t={t} />}
      {guide && <p>{rich(t, 'common.concerns.guide', { guide: <a href={guide.href}>{guide.title}</a> })}</p>}
    </aside>
  );
}
