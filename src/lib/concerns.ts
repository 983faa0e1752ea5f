import type { Translate } from './i18n/messages';
import type { ConcernsContact, ConcernsRoute } from './program-schema';

/** The concerns contact on one line: "Daniel Fraser, mentoring-concerns@example.org, 020 7946 0321". */
export const concernsLine = (c: ConcernsContact): string => routeLine({ name: c.name, email: c.email, ...(c.phone ? { phone: c.phone } : {}) });

/** The label a charter section puts before the concerns contact ("The programme’s concerns contact"). */
export const concernsLabel = (t: Translate): string => t('site.concerns.label');

/** What an optional section still empty says on paper and in the Markdown. */
export const optionalSectionNote = (t: Translate): string => t('site.concerns.optionalNote');

/** One other route on one line: "Amina Yusuf, Head of People, people@example.org (if your concern is about Daniel)". */
export function routeLine(r: ConcernsRoute): string {
  const how = [r.name, r.email, r.phone, r.url].map((x) => x?.trim()).filter(Boolean).join(', ');
  return r.when ? `${how} ${routeWhen(r.when)}` : how;
}

/** A route's "when", as a note after it: "(if your concern is about Daniel)". */
export const routeWhen = (when: string): string => `(${/^[A-Z][a-z]/.test(when) ? when[0]!.toLowerCase() + when.slice(1) : when})`;

/** The sentence before a list of the other routes, with its colon: "If your concern is about Daniel … go elsewhere:". */
export const otherRoutesLead = (t: Translate, c: Pick<ConcernsContact, 'name'>): string => t('site.concerns.otherRoutesLead', { name: c.name });

/** The other routes, the emergency line and outside support, as sentences for paper and Markdown. */
export function otherRoutesParagraph(t: Translate, c: ConcernsContact): string {
  const routes = t('site.concerns.otherRoutes', { name: c.name, routes: c.otherRoutes.map(routeLine).join('; ') });
  const support = c.support?.length ? ` ${t('site.concerns.support', { routes: c.support.map(routeLine).join('; ') })}` : '';
  return `${routes} ${c.emergency.trim()}${support}`;
}

