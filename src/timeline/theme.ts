/**
 * The theme toggle: the page follows prefers-color-scheme until the reader
 * presses "Dark theme"; the choice is kept in localStorage and applied
 * before first paint by an inline script in the page head.
 */
export const THEME_KEY = 'newsline-theme';

export type Theme = 'light' | 'dark';

/** The theme in effect: the reader's choice, else the system's. */
export function effectiveTheme(chosen: string | undefined, systemDark: boolean): Theme {
  return chosen === 'dark' || chosen === 'light' ? chosen : systemDark ? 'dark' : 'light';
}

export function initThemeToggle(button: HTMLButtonElement, doc: Document = document): void {
  const root = doc.documentElement;
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  const sync = () => button.setAttribute('aria-pressed', String(effectiveTheme(root.dataset.theme, system.matches) === 'dark'));
  button.hidden = false;
  sync();
  system.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const next: Theme = effectiveTheme(root.dataset.theme, system.matches) === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage can be off (private mode); the choice then lasts for this page.
    }
    sync();
  });
}

/** Printing shows every event: closed disclosures open for the printout and close again after. */
export function openDisclosuresForPrint(win: Window = window): void {
  const opened: HTMLDetailsElement[] = [];
  win.addEventListener('beforeprint', () => {
    win.document.querySelectorAll('details:not([open])').forEach((d) => {
      (d as HTMLDetailsElement).open = true;
      opened.push(d as HTMLDetailsElement);
    });
  });
  win.addEventListener('afterprint', () => opened.splice(0).forEach((d) => (d.open = false)));
}
