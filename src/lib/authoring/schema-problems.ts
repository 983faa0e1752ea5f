/**
 * A content file checked against its schema, with each mistake named the way the file names it:
 * "section “rhythm” › field “cadence” › kind", not "sections.4.fields.5.kind", with the line it is
 * on when it can be found, and a suggestion for a misspelt key or value.
 */
import type { z } from 'astro/zod';
import { didYouMean } from './nearest';
import type { ContentProblem } from './problems';
import { placeOf, type YamlSource } from './yaml';

type Key = PropertyKey;

/** A list's name in the singular: sections → section. */
const singular = (name: string): string => (/[^s]s$/.test(name) ? name.slice(0, -1) : name);

/** The name of an item in a list: its id or title when it has one, else its position from 1. */
function itemName(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    if (typeof o['id'] === 'string' && o['id']) return `“${o['id']}”`;
    if (typeof o['title'] === 'string' && o['title']) return `“${o['title']}”`;
  }
  if (typeof item === 'string' || typeof item === 'number') return `“${item}”`;
  return `number ${index + 1}`;
}

/** A path through the data, named by ids: section “rhythm” › field “cadence” › kind. */
export function readablePath(data: unknown, path: readonly Key[]): string {
  const parts: string[] = [];
  let cur: unknown = data;
  for (const key of path) {
    if (typeof key === 'number' && Array.isArray(cur)) {
      const list = parts.pop();
      const item = cur[key];
      parts.push(`${list ? `${singular(list)} ` : ''}${itemName(item, key)}`);
      cur = item;
    } else {
      parts.push(String(key));
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return parts.join(' › ');
}

// The parts of a zod schema this module looks inside, to suggest a key a misspelt one was meant to be.
interface SchemaDef {
  type?: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  element?: { _zod: { def: SchemaDef } };
  innerType?: { _zod: { def: SchemaDef } };
  in?: { _zod: { def: SchemaDef } };
}

/** The unwrapped definition of a schema (through optionals, defaults and pipes). */
function defOf(schema: { _zod: { def: SchemaDef } } | undefined): SchemaDef | undefined {
  let def = schema?._zod.def;
  while (def && (def.innerType || def.in)) def = (def.innerType ?? def.in)!._zod.def;
  return def;
}

/** The keys an object schema at `path` allows (through lists, optionals, defaults and pipes). */
function keysAt(schema: z.ZodType, path: readonly Key[]): string[] {
  let def = defOf(schema as unknown as { _zod: { def: SchemaDef } });
  for (const key of path) def = defOf(typeof key === 'number' ? def?.element : def?.shape?.[String(key)]);
  return def?.shape ? Object.keys(def.shape) : [];
}

/** The settings (by key path, lists named by their key) that allow `key`, for a key written at the wrong indentation. */
function placesAllowing(schema: z.ZodType, key: string): string[][] {
  const out: string[][] = [];
  const visit = (def: SchemaDef | undefined, path: string[]) => {
    if (!def || path.length > 4) return;
    if (def.element) return visit(defOf(def.element), path);
    for (const [k, child] of Object.entries(def.shape ?? {})) {
      if (k === key) out.push(path);
      visit(defOf(child), [...path, k]);
    }
  };
  visit(defOf(schema as unknown as { _zod: { def: SchemaDef } }), []);
  return out;
}

/**
 * " It belongs under “contact”: …" when a key not allowed here is allowed in a group the file has
 * and leaves without it (a setting written at the wrong indentation).
 */
function belongsElsewhere(schema: z.ZodType, data: unknown, key: string, here: readonly Key[]): string {
  const named = here.filter((k) => typeof k === 'string').join(' › ');
  const lacking = (path: readonly string[]) => {
    const o = path.length ? valueAt(data, path) : data;
    return o !== null && typeof o === 'object' && !Array.isArray(o) && !Object.hasOwn(o, key);
  };
  const places = placesAllowing(schema, key).filter((p) => p.join(' › ') !== named && lacking(p));
  if (places.length !== 1) return '';
  const [place] = places as [string[]];
  if (place.length === 0) return ` It belongs at the top level of the file: remove the spaces before it, so it starts in the first column.`;
  const parent = place.at(-1)!;
  return ` It belongs under “${place.join(' › ')}”: indent it to line up with the other settings of ${parent}.`;
}

const kindOf = (v: unknown): string =>
  v === null ? 'empty' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a group of settings' : typeof v === 'string' ? `the text “${v}”` : `${typeof v} ${String(v)}`;

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of key: value lines',
  date: 'a date (2026-03-01)',
};

/** Plainer words for zod's own messages (a schema's own messages are kept as they are). */
function errorMap(schema: z.ZodType, data: unknown) {
  return (iss: z.core.$ZodRawIssue): string | undefined => {
    const path = (iss.path ?? []) as Key[];
    switch (iss.code) {
      case 'invalid_type': {
        if (iss.input === undefined) return 'is missing: add it';
        const should = `should be ${expectedWords[iss.expected] ?? iss.expected}`;
        if (iss.input === null) return `is empty: it ${should}, written after the colon`;
        // YAML reads 2026, 0207946 0321 or yes as a number or true/false: quoting keeps it as written.
        if (iss.expected === 'string' && (typeof iss.input === 'number' || typeof iss.input === 'boolean')) {
          return `${should}, not ${kindOf(iss.input)}: YAML reads this value as a ${typeof iss.input === 'number' ? 'number (and drops leading zeros and the +)' : 'yes/no value'}. Put it in straight double quotes, exactly as it should appear, like "0207 946 0321"`;
        }
        if (iss.expected === 'array' && typeof iss.input === 'string') {
          return `${should}, not ${kindOf(iss.input)}: write it in square brackets, like [${iss.input}], or as lines starting with “- ”`;
        }
        return `${should}, not ${kindOf(iss.input)}`;
      }
      case 'unrecognized_keys': {
        const known = keysAt(schema, path);
        return iss.keys
          .map((k) => {
            const near = didYouMean(k, known);
            return `“${k}” is not a setting here${near ? `: check its spelling, or remove it.${near}` : `.${belongsElsewhere(schema, data, k, path) || ' Check its spelling, or remove it.'}`}`;
          })
          .join(' ');
      }
      case 'invalid_value':
        return `must be one of ${iss.values.map(String).join(', ')}.${typeof iss.input === 'string' ? didYouMean(iss.input, iss.values.map(String)) : ''}`;
      case 'too_small':
        if (iss.origin === 'array') return `needs at least ${String(iss.minimum)} ${Number(iss.minimum) === 1 ? 'entry' : 'entries'}`;
        if (iss.origin === 'string') return Number(iss.minimum) <= 1 ? 'must not be empty' : `must be at least ${String(iss.minimum)} characters`;
        return `must be at least ${String(iss.minimum)}`;
      case 'too_big':
        if (iss.origin === 'array') return `can have at most ${String(iss.maximum)} entries`;
        if (iss.origin === 'string') return `is too long: at most ${String(iss.maximum)} characters`;
        return `must be at most ${String(iss.maximum)}`;
      default:
        return undefined;
    }
  };
}

/** Check `data` (read from `source`) against `schema`: each mistake as a problem, at the node it is about. */
export function schemaProblems(schema: z.ZodType, data: unknown, source: YamlSource, hint?: string): ContentProblem[] {
  const result = schema.safeParse(data, { error: errorMap(schema, data) });
  if (result.success) return [];
  const problems = result.error.issues.flatMap((issue): ContentProblem | never[] => {
    const path = issue.path as Key[];
    // An unknown key is reported on the object that holds it: point at the key itself.
    // A missing key is not in the file: point at the setting that should hold it.
    const missingKey = valueAt(data, path) === undefined && path.length > 0;
    // A missing setting written in another group (at the wrong indentation) is pointed at where it is.
    const strayAt = missingKey ? writtenElsewhere(data, path) : undefined;
    const place =
      issue.code === 'unrecognized_keys' && issue.keys[0]
        ? placeOf(source, [...path, issue.keys[0]], 'key')
        : strayAt
          ? placeOf(source, strayAt, 'key')
          : missingKey
            ? placeOf(source, path.slice(0, -1), 'key')
            : placeOf(source, path);
    const name = readablePath(data, path);
    let message = issue.message;
    // A schema's own message may already name the setting ("concerns is missing: add …"): keep it whole.
    const dotted = path.join('.');
    let named = dotted !== '' && message.startsWith(`${dotted} `);
    if (valueAt(data, path) === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value') && !message.includes('is missing')) {
      message = message.startsWith(`${dotted} `) ? `is missing: ${message}` : `is missing. ${message.charAt(0).toUpperCase()}${message.slice(1)}`;
      named = false;
    }
    // A schema's own message for a choice keeps its words; the nearest choice is added to it.
    const written = valueAt(data, path);
    if (issue.code === 'invalid_value' && typeof written === 'string' && !message.includes('Did you mean')) {
      message = `${message.replace(/\.?$/, '.')}${didYouMean(written, issue.values.map(String))}`.replace(/\.$/, message.endsWith('.') ? '.' : '');
    }
    if (strayAt) {
      const under = strayAt.slice(0, -1).filter((k) => typeof k === 'string').join(' › ');
      // A stray key at the top level is also "not a setting here", which says where it belongs: said once.
      if (!under) return [];
      if (!message.endsWith('.')) message += '.';
      const belongs = path.length === 1 ? 'at the top level (no spaces before it)' : `under “${path.slice(0, -1).filter((k) => typeof k === 'string').join(' › ')}”`;
      message += ` It is written under “${under}”, where it is not read: it belongs ${belongs}.`;
    }
    return { file: source.file, ...place, message: named || !name ? message : `${name}: ${message}`, hint };
  });
  // In the order of the file; mistakes without a line (a missing setting) last; each said once.
  return problems.filter((p, i) => problems.findIndex((q) => q.message === p.message && q.line === p.line) === i).sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
}

/** Where else in the data the missing key at `path` is written, when it is written in exactly one other group. */
function writtenElsewhere(data: unknown, path: readonly Key[]): Key[] | undefined {
  const key = path.at(-1);
  if (typeof key !== 'string') return undefined;
  const found: Key[][] = [];
  const walk = (v: unknown, at: Key[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === key && at.length !== path.length - 1) found.push([...at, k]);
        walk(x, [...at, k]);
      }
    }
  };
  walk(data, []);
  return found.length === 1 ? found[0] : undefined;
}

function valueAt(data: unknown, path: readonly Key[]): unknown {
  let cur = data;
  for (const key of path) cur = cur && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key as string] : undefined;
  return cur;
}
