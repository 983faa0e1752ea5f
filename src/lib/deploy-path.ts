/**
 * Where the site is deployed, from BASE_PATH and SITE_URL, checked before anything is built: a
 * mistake here publishes a site whose every link is wrong, so it stops the build with one sentence.
 */

export type DeployPath = { ok: true; base: string } | { ok: false; error: string };

/** Why a base path cannot be used, in one sentence naming where it was written (`BASE_PATH`, or `basePath in content/program.yaml`), or undefined. */
export function basePathProblem(raw: string, named: string): string | undefined {
  const set = named === 'BASE_PATH' ? (p: string) => `BASE_PATH=${p}` : (p: string) => `basePath: ${p}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return `${named} is a web address (${raw}): give only its path, ${set(pathOf(raw))}, and put the address in SITE_URL.`;
  const dots = raw.split('/').some((part) => part === '.' || part === '..');
  if (dots || (raw && !/^\/?[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*\/?$|^\/$/.test(raw))) return `${named} "${raw}" is not a path: write it like ${set('/mentoring/')} (letters, digits, hyphens and slashes).`;
  return undefined;
}

/**
 * The base path ("/", "/mentoring/") from the environment's BASE_PATH, or else from `basePath` in
 * content/program.yaml, or the one sentence that says what to change.
 */
export function deployPath(env: { BASE_PATH?: string | undefined; SITE_URL?: string | undefined }, programBasePath?: string): DeployPath {
  const fromEnv = env.BASE_PATH?.trim();
  const raw = fromEnv || programBasePath?.trim() || '';
  const problem = basePathProblem(raw, fromEnv ? 'BASE_PATH' : 'basePath in content/program.yaml');
  if (problem) return { ok: false, error: problem };
  const base = raw ? `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/') : '/';
  const site = env.SITE_URL?.trim();
  if (site) {
    let url: URL;
    try {
      url = new URL(site);
    } catch {
      return { ok: false, error: `SITE_URL "${site}" is not a web address: write it like https://example.org.` };
    }
    const sitePath = url.pathname.replace(/\/+$/, '/') || '/';
    if (sitePath !== '/' && base === '/') {
      return { ok: false, error: `SITE_URL has a path (${sitePath}) but BASE_PATH is not set: set BASE_PATH=${sitePath} too (or basePath: ${sitePath} in content/program.yaml), or every link would miss it.` };
    }
    if (sitePath !== '/' && sitePath.replace(/\/?$/, '/') !== base) {
      return { ok: false, error: `SITE_URL's path (${sitePath}) is not the base path (${base}): make them the same, or every link would miss one of them.` };
    }
  }
  return { ok: true, base };
}

function pathOf(address: string): string {
  try {
    const p = new URL(address).pathname;
    return p.endsWith('/') ? p : `${p}/`;
  } catch {
    return '/';
  }
}
