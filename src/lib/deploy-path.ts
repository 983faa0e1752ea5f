/**
 * Where the site is deployed, from BASE_PATH and SITE_URL, checked before anything is built: a
 * mistake here publishes a site whose every link is wrong, so it stops the build with one sentence.
 */

export type DeployPath = { ok: true; base: string } | { ok: false; error: string };

/** The base path ("/", "/mentoring/") from the environment, or the one sentence that says what to change. */
export function deployPath(env: { BASE_PATH?: string | undefined; SITE_URL?: string | undefined }): DeployPath {
  const raw = env.BASE_PATH?.trim() ?? '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    const path = pathOf(raw);
    return { ok: false, error: `BASE_PATH is a web address (${raw}): give only its path, BASE_PATH=${path}, and put the address in SITE_URL.` };
  }
  if (raw && !/^\/?[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*\/?$|^\/$/.test(raw)) {
    return { ok: false, error: `BASE_PATH "${raw}" is not a path: write it like /mentoring/ (letters, digits, hyphens and slashes).` };
  }
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
      return { ok: false, error: `SITE_URL has a path (${sitePath}) but BASE_PATH is not set: set BASE_PATH=${sitePath} too, or every link would miss it.` };
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
