#!/usr/bin/env node
// Checks that no run of nine or more consecutive words in content/ repeats the source articles the
// handbook's ideas came from. usage: node tests/tools/source-overlap.mjs <folder of .txt sources>
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const sourceDir = process.argv[2];
if (!sourceDir) {
  console.error('usage: node tests/tools/source-overlap.mjs <folder of source .txt files>');
  process.exit(2);
}
const N = 9;
const words = (t) => t.toLowerCase().match(/[a-z']+/g) ?? [];
const runs = (ws) => new Set(ws.slice(0, Math.max(0, ws.length - N + 1)).map((_, i) => ws.slice(i, i + N).join(' ')));
const seen = new Set();
for (const f of readdirSync(sourceDir).filter((f) => f.endsWith('.txt'))) for (const r of runs(words(readFileSync(join(sourceDir, f), 'utf8')))) seen.add(r);
const root = resolve(import.meta.dirname, '../../content');
let bad = 0;
let files = 0;
for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
  if (!e.isFile() || !/\.(mdx?|ya?ml)$/.test(e.name)) continue;
  files++;
  const hits = [...runs(words(readFileSync(join(e.parentPath, e.name), 'utf8')))].filter((r) => seen.has(r));
  if (hits.length) {
    bad++;
    console.log(`${join(e.parentPath, e.name)}: ${hits.length} runs of ${N}+ words match the source, e.g. "${hits[0]}"`);
  }
}
console.log(`${files} content files checked against ${seen.size} source runs: ${bad ? `${bad} with copied runs` : 'no copied runs'}.`);
process.exitCode = bad ? 1 : 0;
