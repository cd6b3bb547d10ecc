/**
 * The embed page's only inline script: it pins ?theme=light|dark before
 * first paint, the way the site's theme toggle does (data-theme on <html>,
 * which sets color-scheme and so every light-dark() token), but stores
 * nothing: the host chose the theme, not the reader. Anything else, or
 * theme=auto, leaves the page following prefers-color-scheme. Its hash is
 * added to the embed page's policy by the layout (Astro.csp).
 */
export const EMBED_THEME_SCRIPT = `var m=/[?&]theme=(light|dark)(?:&|$)/.exec(location.search);if(m)document.documentElement.dataset.theme=m[1]`;
