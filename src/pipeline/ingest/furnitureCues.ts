/**
 * Cues that mark page furniture, as data so that a language or a kind of box
 * can be added without touching the classifier. They describe the furniture's
 * function (an appeal, a menu, a ticker), never one outlet's wording, and are
 * only trusted on lines short enough to be furniture rather than prose.
 */
export interface FurnitureCue {
  reason: string;
  pattern: RegExp;
  /** The article's story ends here: what follows is page chrome unless it reads as story prose. */
  endsArticle?: boolean;
}

export const furnitureCues: readonly FurnitureCue[] = [
  { reason: 'navigation', pattern: /^(all sections|menu|main menu|search|home|sections|skip to (main )?content|меню|разделы|розділи|головна|главная)$/i },
  // A language switcher: a line made only of language names or codes.
  { reason: 'language switcher', pattern: /^(?:(?:eng?|english|укр|рус|ukr|rus|ru|uk|de|fr|es|українською|русский|русская версия|english version)[\s|/·•]*){2,}(?:\s+support us)?$/i },
  { reason: 'donation appeal', pattern: /\b(support (us|our|independent)|become (a |our )?(patron|member|supporter)|donat(e|ion)|contribut(e|ion) (today|now)|not ready to support|support [A-Z]{2,} or|remind me later)\b|поддерж(ите|ать) нас|підтрима(йте|ти) нас|стань(те)? (нашим )?патрон/i, endsArticle: true },
  // "Support The Daily Paper!": a short call to back a publication by name.
  { reason: 'donation appeal', pattern: /^([Ss]upport|[Dd]onate to|[Bb]ack)\s+(us|[Tt]he\s+)?\p{Lu}[\p{L}.]*(\s+\p{Lu}[\p{L}.]*){0,3}\s*!?$/u },
  { reason: 'donation appeal', pattern: /^(support|once|monthly|annual|annually|one-time|continue|payment methods|other amount|donate|subscribe|give now|donate now)$/i },
  { reason: 'donation appeal', pattern: /^(dear readers|a message from\b|дорогие читатели|шановні читачі)/i, endsArticle: true },
  { reason: 'newsletter box', pattern: /\b(sign up for|subscribe to) (our|the)\b.*\b(newsletter|digest|briefing|updates)\b|\bnewsletter\b.*\b(inbox|mailbox|sign up)\b|подпи(шитесь|саться) на (нашу )?рассылку|підпи(шіться|сатися) на (нашу )?розсилку/i, endsArticle: true },
  { reason: 'privacy notice', pattern: /\b(privacy policy|cookie(s| policy| settings)?|terms of (use|service)|we use cookies)\b|политик[аи] конфиденциальности|політик[аи] конфіденційності/i },
  { reason: 'read more link', pattern: /^(read more|read also|see also|more on this|читайте также|читайте також|подробнее|детальніше)\b[:.…]?/i, endsArticle: true },
  { reason: 'article navigation', pattern: /^(previous|next|prev)( article| story| post)?$|^(предыдущая|следующая|попередня|наступна)( статья| стаття)?$/i, endsArticle: true },
  { reason: 'advertisement', pattern: /^(advertisement|advertising|sponsored( content)?|ad|реклама)\s*:?$/i },
  { reason: 'photo credit', pattern: /©|\b(photo|image|illustration|picture|stock photo|фото|ілюстрація|иллюстрация)\s*:|\b(getty images|shutterstock|associated press|ap photo|afp|epa|reuters)\s*\/|\bvia (getty|reuters|ap)\b/i },
  { reason: 'tag line', pattern: /^(subjects?|tags?|topics?|keywords|теги|темы|теми|мітки)\s*:/i, endsArticle: true },
  { reason: 'news ticker', pattern: /^(recent news|latest news|all news|news feed|most read|most viewed|most commented|most popular|trending|popular|related( news| stories| articles)?|more stories|последние новости|все новости|останні новини|всі новини|стрічка новин|лента новостей)\s*:?$/i, endsArticle: true },
  { reason: 'reading time', pattern: /^(?:\d+\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?|хв(?:илин[аи]?)?)\.?\s+(?:read|reading|чтения|читання)|(?:reading time|время чтения|час читання)\s*:?\s*\d+\s*\p{L}*\.?)$/iu },
  { reason: 'share buttons', pattern: /^(share|share this( article)?|tweet|copy link|print|поделиться|поширити)\s*:?$/i },
];

/** A time-of-day line alone ("10:20") heads an item of a news ticker. */
export const tickerTime = /^(updated)?\s*([01]?\d|2[0-3])[:.][0-5]\d\s*$/i;

/** Bylines: "By: Name", "by Name", "Автор: …". */
export const bylinePattern = /^(by|author|автор|авторка)\s*:?\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*$/iu;

/**
 * Empty labels left by a scraper: "Date:", "Source:", "Related topics:" with
 * nothing after; one or two words, so that "The mayor said:" before a quote
 * stays story, and never a verb of saying ("He added:").
 */
export const emptyLabel = /^(?!.*\b(?:said|says|added|adds|told|wrote|writes|stated|explained|noted|warned|replied|asked)\s*:)(?!.*(?:сказал|заявил|добавил|отметил|написал|сказав|заявив|додав|зазначив|написав)\p{L}*\s*:)\p{L}+(?: \p{L}+)?\s*:\s*$/u;
