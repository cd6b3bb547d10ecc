/**
 * The "Embed this" control's script, kept small (the index has a
 * JavaScript budget): shows the options and the Copy button, rebuilds the
 * code with embedSnippet (the one builder, as at build time) whenever an
 * option changes, fills in the site's origin when the build did not know it
 * (no SITE_URL), and copies with the Clipboard API. The readonly textarea
 * stays selectable for copying by hand, with or without the script.
 */
import { embedSnippet } from './embedSnippet';
import { embedUrl } from './embedUrl';
import type { EmbedTheme } from './readEmbedQuery';
import { withOrigin } from './withOrigin';

export function copySnippet(doc: Document = document): void {
  doc.querySelectorAll<HTMLElement>('[data-embed-this]').forEach((box) => {
    const d = box.dataset;
    const code = box.querySelector('textarea')!;
    const options = box.querySelector<HTMLElement>('[data-embed-options]')!;
    const button = box.querySelector('button')!;
    const status = box.querySelector('[role="status"]')!;
    const pages = JSON.parse(d.pages ?? '{}') as Record<string, string>;
    const field = (name: string) => box.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    const update = () => {
      const src = embedUrl(pages[field('lang').value] ?? '', {
        theme: field('theme').value as EmbedTheme,
        from: field('from').value || null,
        to: field('to').value || null,
        focus: d.focus || null,
        title: field('title').checked ? 'hide' : 'show',
      });
      const snippet = embedSnippet({ src, script: d.script ?? '', title: d.frameTitle ?? '' });
      code.value = d.relative === undefined ? snippet : withOrigin(snippet, location.origin);
      status.textContent = '';
    };
    options.hidden = button.hidden = false;
    options.addEventListener('change', update);
    update();
    button.addEventListener('click', () => {
      code.select();
      navigator.clipboard.writeText(code.value).then(
        () => (status.textContent = d.copied ?? ''),
        () => (status.textContent = d.failed ?? ''),
      );
    });
  });
}
