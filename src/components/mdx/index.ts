import Callout from './Callout.astro';
import TryThis from './TryThis.astro';
import Reflect from './Reflect.astro';
import ToolLink from './ToolLink.astro';
import GuideLink from './GuideLink.astro';
import ConcernsContact from './ConcernsContact.astro';
import Safeguarding from './Safeguarding.astro';

/** Components every guide can use without importing them. */
export const mdxComponents = { Callout, TryThis, Reflect, ToolLink, GuideLink, ConcernsContact, Safeguarding };
