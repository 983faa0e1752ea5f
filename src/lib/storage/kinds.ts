/**
 * The interface's words for each kind of document Tandem stores, by its type (keys of the strings
 * files): `one`, the kind in a sentence ("charter"); for My data, its name ("Charter"), its name for
 * several ("Charters"), several in a list ("charters") and a count ("3 charters"). A kind this
 * version does not know is a "document".
 */
const WORDS = {
  charter: {
    one: 'common.kinds.charter',
    name: 'data.kinds.charter.name',
    names: 'data.kinds.charter.names',
    all: 'data.kinds.charter.all',
    count: 'data.kinds.charter.count',
  },
  assessment: {
    one: 'common.kinds.assessment',
    name: 'data.kinds.assessment.name',
    names: 'data.kinds.assessment.names',
    all: 'data.kinds.assessment.all',
    count: 'data.kinds.assessment.count',
  },
  reflection: {
    one: 'common.kinds.reflection',
    name: 'data.kinds.reflection.name',
    names: 'data.kinds.reflection.names',
    all: 'data.kinds.reflection.all',
    count: 'data.kinds.reflection.count',
  },
  session: {
    one: 'common.kinds.session',
    name: 'data.kinds.session.name',
    names: 'data.kinds.session.names',
    all: 'data.kinds.session.all',
    count: 'data.kinds.session.count',
  },
  document: {
    one: 'common.kinds.document',
    name: 'data.kinds.document.name',
    names: 'data.kinds.document.names',
    all: 'data.kinds.document.all',
    count: 'data.kinds.document.count',
  },
} as const;

export type KindWords = (typeof WORDS)[keyof typeof WORDS];

/** The words for documents of `type` ("charter"); a kind this version does not know is a "document". */
export const kindWords = (type: string): KindWords => (Object.hasOwn(WORDS, type) ? WORDS[type as keyof typeof WORDS] : WORDS.document);
