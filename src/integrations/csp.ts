import type { AstroUserConfig } from 'astro';

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type CspDirective = NonNullable<CspOptions['directives']>[number];

/**
 * The Content-Security-Policy. Astro puts it in each page's <meta> with the hashes of that page's
 * inline scripts and styles; the build also writes it into dist/_headers (see headers.ts) for
 * hosts that read that file. Pagefind compiles WebAssembly ('wasm-unsafe-eval') and may start a
 * worker from a blob. No 'unsafe-inline', no 'unsafe-eval', no other origin.
 */
export const cspDirectives: CspDirective[] = [
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "form-action 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
];

export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];
export const styleResources = ["'self'"];

/** Directives only an HTTP header can carry (a <meta> policy ignores them). */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** The policy as one header value, with extra script and style hashes. */
export function headerPolicy(scriptHashes: Iterable<string> = [], styleHashes: Iterable<string> = []): string {
  const quote = (h: string) => `'${h}'`;
  return [
    ...cspDirectives,
    `script-src ${[...scriptResources, ...[...scriptHashes].map(quote)].join(' ')}`,
    `style-src ${[...styleResources, ...[...styleHashes].map(quote)].join(' ')}`,
    ...headerOnlyDirectives,
  ].join('; ');
}

/** The sha256-… hashes listed in one directive of a policy string. */
export function hashesIn(policy: string, directive: 'script-src' | 'style-src'): string[] {
  const part = policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${directive} `));
  return part ? [...part.matchAll(/'(sha(?:256|384|512)-[^']+)'/g)].map((m) => m[1]!) : [];
}
