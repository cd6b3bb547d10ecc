/** Elements that hold a page's furniture, never its story: menus, page and section footers, asides. */
const FURNITURE = 'nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="complementary"]';
/** A class or id naming a comment thread: "comments", "comment-list", "article_comments" (not "commentary"). */
const COMMENT_NAME = /(?:^|[\s_-])(?:comments?|comment-?(?:list|thread|section|form)s?|disqus|talk-?stream)(?:$|[\s_-])/i;

/**
 * Why a block of a saved page is furniture by where it sits: inside a
 * <nav>, <footer> or <aside> (or their ARIA roles), or inside an element
 * whose class or id names a comment thread. Undefined for any other block.
 */
export function furnitureContainerOf(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (COMMENT_NAME.test(node.getAttribute('class') ?? '') || COMMENT_NAME.test(node.getAttribute('id') ?? '')) return 'reader comment';
  }
  return element.closest(FURNITURE) ? 'page furniture (nav, footer, aside)' : undefined;
}
