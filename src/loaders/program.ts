/**
 * Settings in content/program.yaml that refer to other files or need more than a schema: the logo,
 * the accent colour, the worksheets in the kick-off pack.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checklistSuggestion } from '../lib/authoring/guides';
import { didYouMean, listOf } from '../lib/authoring/nearest';
import type { ContentProblem } from '../lib/authoring/problems';
import { placeOf, type YamlSource } from '../lib/authoring/yaml';
import { accentTheme } from '../lib/colour';
import { programFieldsSchema, type Program } from '../lib/program-schema';
import { FIXED_WORKSHEETS } from '../lib/site';
import type { GuideContext } from '../lib/authoring/guides';

/** Why a logo file cannot be used as an image, from its first bytes (and an SVG's size), or undefined when it can. */
export function logoProblem(bytes: Buffer, name: string): string | undefined {
  const ext = name.toLowerCase().split('.').pop();
  const head = bytes.subarray(0, 16);
  const starts = (...b: number[]) => b.every((x, i) => head[i] === x);
  if (ext === 'svg') {
    const text = bytes.toString('utf8', 0, Math.min(bytes.length, 4096));
    const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
    if (!tag) return 'is not an SVG image (it does not start an <svg> element).';
    if (!/\bviewBox\s*=/.test(tag) && !(/\swidth\s*=/.test(tag) && /\sheight\s*=/.test(tag))) {
      return 'has no size: its <svg> element needs a viewBox (or a width and a height), or it cannot be drawn at any size.';
    }
    return undefined;
  }
  const ok = ext === 'png' ? starts(0x89, 0x50, 0x4e, 0x47) : ext === 'jpg' || ext === 'jpeg' ? starts(0xff, 0xd8, 0xff) : ext === 'webp' ? starts(0x52, 0x49, 0x46, 0x46) : true;
  return ok ? undefined : `is not a ${ext === 'jpg' ? 'JPEG' : ext!.toUpperCase()} image (its content is something else, perhaps a web page saved under this name).`;
}

const LOGO_TYPES = /\.(svg|png|jpe?g|webp)$/i;

/** The settings programProblems checks, each taken only when its own schema accepts it (the rest of the file may be wrong). */
export function checkableSettings(raw: Record<string, unknown>): Partial<Pick<Program, 'logo' | 'accent' | 'pack'>> {
  const out: Partial<Pick<Program, 'logo' | 'accent' | 'pack'>> = {};
  const { logo, accent, pack } = programFieldsSchema.shape;
  const l = logo.safeParse(raw['logo']);
  if (l.success && l.data !== undefined) out.logo = l.data;
  const a = accent.safeParse(raw['accent']);
  if (a.success && a.data !== undefined) out.accent = a.data;
  const k = pack.safeParse(raw['pack']);
  if (k.success && k.data !== undefined) out.pack = k.data;
  return out;
}

/** Settings in content/program.yaml that refer to other files or need more than a schema: the logo, the accent colour, the pack. */
export function programProblems(p: Partial<Pick<Program, 'logo' | 'accent' | 'pack'>>, source: YamlSource, root: string, targets: GuideContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (...path: PropertyKey[]) => ({ file: source.file, ...placeOf(source, path) });
  if (p.logo !== undefined) {
    const logoPath = join(root, 'content', p.logo);
    if (!LOGO_TYPES.test(p.logo)) {
      problems.push({ ...at('logo'), message: `logo “${p.logo}” is not an SVG, PNG, JPEG or WebP image.`, hint: 'Save the logo as .svg (best) or .png, put it in content/, and write its file name here.' });
    } else if (!existsSync(logoPath)) {
      const inContent = readdirSync(join(root, 'content')).filter((n) => LOGO_TYPES.test(n));
      problems.push({
        ...at('logo'),
        message: `logo names content/${p.logo}, which does not exist.${didYouMean(p.logo, inContent)}`,
        hint: 'Put the image file in the content/ folder, next to program.yaml, and write its file name here (logo: logo.svg).',
      });
    } else {
      const unreadable = logoProblem(readFileSync(logoPath), p.logo);
      if (unreadable) problems.push({ ...at('logo'), message: `logo: content/${p.logo} ${unreadable}`, hint: 'Export the logo again from the program that made it (as SVG, or PNG), and save it over this file.' });
    }
  }
  if (p.accent !== undefined) {
    const theme = accentTheme(p.accent);
    if (!theme.ok) problems.push({ ...at('accent'), message: `accent: ${theme.reason}`, hint: 'Pick a darker colour, or remove the accent line to keep the default.' });
  }
  if (p.pack) {
    const worksheets = [...FIXED_WORKSHEETS, ...targets.checklists];
    for (const [i, id] of p.pack.entries()) {
      if (!worksheets.includes(id)) {
        problems.push({
          ...at('pack', i),
          message: `pack lists “${id}”, which is not a worksheet.${checklistSuggestion(id, targets, worksheets)}`,
          hint: `The pack can hold ${listOf(worksheets.map((w) => `“${w}”`))}.`,
        });
      }
    }
  }
  return problems;
}
