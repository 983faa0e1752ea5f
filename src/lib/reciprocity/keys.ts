/** How answers are keyed. A module of its own, so a page that only counts answers loads nothing else. */

/** Which side of a behaviour a statement asks about: what I do for my partner, or what my partner does for me. */
export type Side = 'self' | 'partner';
export const SIDES: readonly Side[] = ['self', 'partner'];

/** The key an answer is saved under: "introductions.self". */
export const answerKey = (behaviourId: string, side: Side): string => `${behaviourId}.${side}`;

/** How many statements of these behaviours (both sides of each) have an answer. */
export const answeredCount = (behaviours: readonly { id: string }[], answers: Readonly<Record<string, unknown>>): number =>
  behaviours.reduce((n, b) => n + SIDES.filter((side) => answers[answerKey(b.id, side)] !== undefined).length, 0);
