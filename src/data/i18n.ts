/**
 * Interface text for pages, at build time: each language's strings (shipped in src/i18n/, changed by
 * content/i18n/<language>.yaml), a `t()` for Astro pages, and the strings a tool's island needs.
 */
import { getCollection } from "astro:content";
import {
  createTranslator,
  flattenMessages,
  pickParts,
  type Messages,
  type Strings,
  type Translate,
} from "../lib/i18n/messages";
import {
  isPseudo,
  languagesOf,
  primary,
  pseudoMessages,
  segmentOf,
} from "../lib/i18n/languages";
import { englishMessages, shippedFor } from "../lib/i18n/shipped";
import { getProgram } from "./content";

/** The handbook's languages, the main one first. */
export async function getLanguages(): Promise<string[]> {
  return languagesOf(await getProgram());
}

/** A coordinator's strings files, by file name ("fr", "fr-CA"). */
async function overrides(): Promise<Map<string, Messages>> {
  const entries = await getCollection("strings");
  return new Map(
    entries.map((e) => [e.id.toLowerCase(), flattenMessages(e.data).messages]),
  );
}

const cache = new Map<string, Messages>();

/**
 * Every message of one language: English, under the shipped language's strings, under the
 * coordinator's file for the language ("fr.yaml"), under the file for the exact tag ("fr-ca.yaml").
 * The pseudo-languages are made from the English result.
 */
export async function messagesFor(tag: string): Promise<Messages> {
  const known = cache.get(tag);
  if (known) return known;
  const own = await overrides();
  const english = { ...englishMessages(), ...(own.get("en") ?? {}) };
  const messages = isPseudo(tag)
    ? pseudoMessages(english, tag)
    : {
        ...english,
        ...shippedFor(tag),
        ...(primary(tag) !== "en" ? (own.get(primary(tag)) ?? {}) : {}),
        ...(tag.toLowerCase() !== primary(tag)
          ? (own.get(tag.toLowerCase()) ?? {})
          : {}),
      };
  cache.set(tag, messages);
  return messages;
}

/** The `t()` of a page in one language. */
export async function translator(tag: string): Promise<Translate> {
  return createTranslator(tag, await messagesFor(tag));
}

/** What a tool's island gets: its language and only the parts of the interface it uses ("common" always). */
export async function toolStrings(
  tag: string,
  parts: readonly string[],
): Promise<Strings> {
  return {
    lang: tag,
    messages: pickParts(await messagesFor(tag), ["common", ...parts]),
  };
}

/**
 * The language of the page being built: its `lang` route parameter ("fr", for the pages under /fr/),
 * else the handbook's main language.
 */
export async function pageLanguage(
  params: Record<string, string | undefined>,
): Promise<string> {
  const languages = await getLanguages();
  const seg = params["lang"];
  return (seg && languages.find((l) => segmentOf(l) === seg)) || languages[0]!;
}

/** The `t()` of the page being built (from its route parameters: `pageT(Astro.params)`). */
export async function pageT(
  params: Record<string, string | undefined>,
): Promise<Translate> {
  return translator(await pageLanguage(params));
}
