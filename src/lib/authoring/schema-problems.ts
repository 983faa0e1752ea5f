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

/** The keys an object schema at `path` allows (through lists, optionals, defaults and pipes). */
function keysAt(schema: z.ZodType, path: readonly Key[]): string[] {
  let def: SchemaDef | undefined = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
  const unwrap = () => {
    while (def && (def.innerType || def.in)) def = (def.innerType ?? def.in)!._zod.def;
  };
  unwrap();
  for (const key of path) {
    if (!def) return [];
    if (typeof key === 'number') def = def.element?._zod.def;
    else def = def.shape?.[String(key)]?._zod.def;
    unwrap();
  }
  return def?.shape ? Object.keys(def.shape) : [];
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
function errorMap(schema: z.ZodType) {
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
          .map((k) => `“${k}” is not a setting here: check its spelling, or remove it.${didYouMean(k, known)}`)
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
  const result = schema.safeParse(data, { error: errorMap(schema) });
  if (result.success) return [];
  const problems = result.error.issues.map((issue): ContentProblem => {
    const path = issue.path as Key[];
    // An unknown key is reported on the object that holds it: point at the key itself.
    // A missing key is not in the file: point at the setting that should hold it.
    const missingKey = valueAt(data, path) === undefined && path.length > 0;
    const place =
      issue.code === 'unrecognized_keys' && issue.keys[0] ? placeOf(source, [...path, issue.keys[0]], 'key') : missingKey ? placeOf(source, path.slice(0, -1), 'key') : placeOf(source, path);
    const name = readablePath(data, path);
    let message = issue.message;
    // A schema's own message may already name the setting ("concerns is missing: add …"): keep it whole.
    const dotted = path.join('.');
    let named = dotted !== '' && message.startsWith(`${dotted} `);
    if (valueAt(data, path) === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value') && !message.includes('is missing')) {
      message = `is missing. ${message.charAt(0).toUpperCase()}${message.slice(1)}`;
      named = false;
    }
    return { file: source.file, ...place, message: named || !name ? message : `${name}: ${message}`, hint };
  });
  // In the order of the file; mistakes without a line (a missing setting) last.
  return problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
}

function valueAt(data: unknown, path: readonly Key[]): unknown {
  let cur = data;
  for (const key of path) cur = cur && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key as string] : undefined;
  return cur;
}
