/**
 * The rule that each statement of the self-assessment asks one thing, as the content tests apply it
 * (and a coordinator can switch off in content/guide-checks.yaml): no " and " or " or ", and no
 * second clause joined on with a comma ("I listen, I ask questions"). A leading condition ("When my
 * mentee needs a contact I have, I offer an introduction") is one thing, and a comma before "even
 * when", "such as" or the like adds no second question.
 */

/** Words that open a condition, after which a comma and the main clause follow. */
const CONDITION = /^(when|whenever|if|after|before|once|while|as soon as|even when|even if|in our sessions|between sessions)\b/i;
/** What starts a second clause after a comma: a subject and its verb. */
const SECOND_CLAUSE = /,\s+(?:then\s+)?(i|we|you|they|he|she|it|my (?:mentor|mentee|partner)|our [a-z]+)\s+[a-z]+/i;

/** Why a statement asks more than one thing, or null when it asks one. */
export function asksTwoThings(text: string): string | null {
  if (/ (and|or) /i.test(text)) return 'joins two things with “and” or “or”';
  const clauses = text.split(',').length - 1;
  if (clauses === 0) return null;
  const match = SECOND_CLAUSE.exec(text);
  if (!match) return null;
  // "When …, I …": the first comma closes the condition; a second clause after it is still two things.
  if (CONDITION.test(text.trim())) {
    const rest = text.slice(text.indexOf(',') + 1);
    return SECOND_CLAUSE.test(rest) ? 'joins a second clause with a comma' : null;
  }
  return 'joins a second clause with a comma';
}
