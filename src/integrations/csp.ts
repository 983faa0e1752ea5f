import type { AstroUserConfig } from 'astro';

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type CspDirective = NonNullable<CspOptions['directives']>[number];

/**
 * The Content-Security-Policy shared by Astro's per-page <meta> (which adds the hashes of its own
 * inline scripts and styles) and by public/_headers for hosts that read it.
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval') and runs a worker from a blob.
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
