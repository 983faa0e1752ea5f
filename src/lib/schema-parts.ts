/**
 * Building blocks shared by the content schemas (src/lib/∗/schema.ts and src/content.config.ts).
 * Pure zod: import these only from schema modules, never from browser code.
 */
import { z } from 'astro/zod';

/** A string that is not empty once trimmed; the error names the field (`what`). */
export const nonEmpty = (what: string) => z.string().trim().min(1, { error: `${what} must not be empty` });

/** An id: letters, digits and hyphens, starting with a lower-case letter ("rhythm", "startDate"). */
export const slug = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, { error: 'ids use letters, digits and hyphens, starting with a lower-case letter (“rhythm”, “startDate”)' });

/** A link to a guide: its file name in content/guides/ without .mdx, optionally with "#anchor". */
export const guideRef = z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, { error: 'guide is a guide file name, optionally with #anchor' });
