/** Elements that hold a page's furniture, never its story: menus, page and section footers, asides. */
const FURNITURE = 'nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="complementary"]';
/**
 * A class or id token naming a comment thread: "comments", "comment-list",
 * "article_comments", "disqus_thread"; whole tokens, so "commentary" or a
 * state such as "comments-open" on the article itself never matches.
 */
const COMMENT_TOKEN = /^(?:[a-z0-9]+[-_])*(?:comments|commentlist|comment-?(?:list|thread|section|area|container|respond|form|body|text)s?|disqus_thread)$/i;
/** The page and the article themselves are never the comment thread, whatever their classes say. */
const OUTER = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/**
 * Why a block of a saved page is furniture by where it sits: inside a
 * <nav>, <footer> or <aside> (or their ARIA roles), or inside an element
 * whose class or id names a comment thread. Undefined for any other block.
 */
export function furnitureContainerOf(element: Element): string | undefined {
  for (let node: Element | null = element; node && !OUTER.has(node.tagName.toUpperCase()); node = node.parentElement) {
    const tokens = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`.split(/\s+/);
    if (tokens.some((t) => COMMENT_TOKEN.test(t))) return 'reader comment';
  }
  return element.closest(FURNITURE) ? 'page furniture (nav, footer, aside)' : undefined;
}
