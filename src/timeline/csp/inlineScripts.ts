/**
 * The scripts the layout writes inline itself (`is:inline`), which Astro
 * does not hash: their hashes go into the policy from here, so the text and
 * its hash cannot drift apart. The build checks every page's inline code
 * against its policy (../../integrations/csp.ts), so a new inline script
 * that is not listed here stops the build instead of breaking a page.
 */
import { THEME_KEY } from '../theme';

/** Runs before first paint, so a reader who chose a theme never sees the other one flash. */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`;

export const INLINE_SCRIPTS: readonly string[] = [THEME_SCRIPT];
