import { defineMiddleware } from 'astro:middleware';
import { islandStyleToHead } from './lib/island-style';

/**
 * Every page, as the build writes it (and as `npm run dev` serves it), with Astro's rule for its
 * island elements in <head>, where HTML allows a <style> (src/lib/island-style.ts).
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(islandStyleToHead(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
