/**
 * Cues for text on a news page that is not the story but reads like it:
 * reader comments, schedules, author bios, fact boxes, captions, agency
 * datelines, update stamps and the stamps of live blogs. Data, so that a
 * language or a kind of block can be added without touching the logic;
 * general news-page vocabulary in English, Russian and Ukrainian, never
 * one outlet's wording. Most cues are only trusted together with structure
 * (where the line stands, what surrounds it): see the mark*.ts functions.
 */

export interface LineCue {
  reason: string;
  pattern: RegExp;
}

/** Words of a time stamp: months, weekdays, time zones, clock words, in the three languages. */
export const stampWords = new Set(
  [
    'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
    'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', 'at', 'on', 'of', 'the', 'local', 'time', 'hrs', 'h',
    'gmt', 'bst', 'utc', 'cet', 'cest', 'eet', 'eest', 'msk', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'ist', 'jst', 'aest',
    'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
    'янв', 'фев', 'мар', 'апр', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек',
    'січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня',
    'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'сегодня', 'вчера',
    'понеділок', 'вівторок', 'середа', 'четвер', "п'ятниця", 'пʼятниця', 'субота', 'неділя', 'сьогодні', 'вчора',
    'в', 'во', 'о', 'г', 'г.', 'года', 'р', 'р.', 'року', 'мск', 'киева', 'києва', 'по', 'за', 'времени', 'часу',
  ],
);

/** A clock time: 14:32, 14.32, 2.32pm, 2:32 p.m. (not a bare number: see fourDigitStamp). */
export const clockTime = /(?<![\d.:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?![\d])|(?<![\d.:])(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?(?![\p{L}])/iu;

/** A live blog's 24-hour stamp written without a colon: "1432". Never trusted alone (see LIVE_BLOG_MIN_STAMPS). */
export const fourDigitStamp = /^(?:[01]\d|2[0-3])[0-5]\d$/;

/** "10 min ago", "2h ago", "3 hours ago", "2 часа назад", "5 хвилин тому", "just now". */
export const agoStamp =
  /^(?:(?:about |an? |\d+\s*)(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|weeks?|mo|months?|y|yr|years?)\s+ago|just now|\d+\s*(?:с|сек|секунд\p{L}*|м|мин|минут\p{L}*|хв|хвилин\p{L}*|ч|час\p{L}*|год|годин\p{L}*|д|дн\p{L}*|день|тиж\p{L}*|недел\p{L}*|месяц\p{L}*|місяц\p{L}*)\.?\s+(?:назад|тому)|только что|щойно)$/iu;

/** Live blogs' own controls and labels, which a pasted live page keeps between entries. */
export const liveBlogControls: readonly RegExp[] = [
  /^(?:key events|show key events only|show all updates|live|live updates?|live blog|live feed|live coverage|live reporting|refresh|new posts?|new updates?|load more( updates| posts)?|show more( updates| posts)?|pinned( post)?|older posts|newer posts|latest updates|see all updates|jump to latest|back to top)\s*:?$/i,
  /^(?:please )?(?:turn on|enable) javascript\b/i,
  /\byour browser (?:does not|doesn't) support\b/i,
  /^(?:онлайн|онлайн-трансляция|прямая трансляция|главное|ключевые события|обновить|показать ещё|пряма трансляція|головне|ключові події|оновити|показати ще|включите javascript|увімкніть javascript)\s*:?$/iu,
];

/** A comment section's heading: "Comments", "23 comments", "Comments (23)", "Leave a comment". */
export const commentHeaders: readonly RegExp[] = [
  /^(?:\d[\d,.\s]*\s+(?:reader\s+)?comments?|(?:reader\s+)?comments)(?:\s*\(\d+\))?\s*:?$/i,
  /^(?:view|show|read|hide|load|see)\s+(?:all\s+)?(?:\d+\s+)?comments?(?:\s*\(\d+\))?$/i,
  /^(?:leave|add|post|write)\s+(?:a|your)\s+comment\b|\bto (?:join the (?:conversation|discussion)|comment)\b|^join the (?:conversation|discussion)\b|^(?:sign|log) in to (?:comment|reply)\b|^comments? (?:are|is) (?:closed|disabled)\b|^commenting (?:is|has been) (?:closed|disabled)\b|^sort (?:comments )?by\s*:?\s*(?:newest|oldest|best|top|popular)?/i,
  /^(?:\d+\s+)?(?:комментари\p{L}*|коментар\p{L}*|отзыв\p{L}*|відгук\p{L}*)(?:\s*\(\d+\))?\s*:?$/iu,
  /^(?:оставить|добавить|написать|залишити|додати|написати)\s+(?:комментарий|коментар|отзыв|відгук)(?![\p{L}\d])|^(?:войдите|увійдіть),? чтобы|^комментарии закрыты|^коментарі закрито/iu,
];

/** A comment's action links: "Reply", "| Reply", "Report", "Like (12)", "Reply · Report · Share". */
export const commentActions =
  /^(?:[|·•]\s*)?(?:(?:reply|replies|report|report abuse|flag|like|likes|unlike|upvote|downvote|recommend|ответить|пожаловаться|нравится|мне нравится|відповісти|поскаржитися|подобається|вподобати)(?:\s*\(\d+\))?(?:\s+\d+)?\s*(?:[|·•]\s*)?)+$|^\d+\s+(?:likes?|replies|upvotes?|points?|recommends?|ответ\p{L}*|відповід\p{L}*)$|^(?:[▲▼↑↓]\s*\d+|[+−]\d+|\d+\s*[▲▼↑↓])(?:\s+[▲▼↑↓]\s*\d*)?$/iu;

/** The actions only a comment has (a share bar has "Like" too): answering it, reporting it. */
export const replyOrReport = /(?:^|[\s|·•])(?:reply|replies|report|report abuse|flag|ответить|пожаловаться|відповісти|поскаржитися)(?![\p{L}])/iu;

/** A comment's head glued to its stamp or actions: "jsmith | 3 hours ago | Reply", "Posted by Dave on 3 June 2019 at 4:15 pm". */
export const commentHeadWithStamp = /(?:^|[|·•]\s*)(?:reply|ответить|відповісти)\s*$|^posted by\s+\S+.*\b(?:ago|\d{1,2}[:.]\d\d)(?![\p{L}\d])|\|\s*\d+\s*\p{L}+\s+(?:ago|назад|тому)(?![\p{L}\d])/iu;

/** A commenter's handle introducing what they wrote: "jsmith42 said:", "Anna K. wrote:", "Гость написал:". */
export const commentHandle = /^@?[\p{L}\d_.’'-]+(?:\s+[\p{L}\d_.’'-]+){0,2}\s+(?:said|says|wrote|writes|commented|replied|написал|написала|пишет|ответил|ответила|написав|написала|пише|відповів|відповіла)(?:\s+(?:on|at|in)\s+[^:]{1,40})?\s*:$/iu;

/** A user handle alone on a line: "@jsmith42", or a screen name with digits or underscores: "river_otter99". */
export const userHandleLine = /^@[\w.]{2,30}$|^(?=[\w.-]*[\d_])[\p{L}][\w.-]{2,30}$/u;

/** Headings of a broadcast schedule. */
export const listingHeaders: readonly RegExp[] = [
  /^(?:tv|television|radio)\s+(?:listings?|guide|schedule|highlights)\b|^(?:what'?s on|on tv|on the radio|tonight'?s tv|today'?s tv|programme guide|program guide|schedule|programmes?|programs?)(?:\s+(?:today|tonight|this week))?\s*:?$/i,
  /^(?:телепрограмма|программа передач|телепрограма|програма передач|расписание|розклад|программа|програма)(?:\s+на\s+\p{L}+)?\s*:?$/iu,
];

/** Headings of a fact box: a panel of short facts beside the story, not the story. */
export const factBoxHeaders: readonly RegExp[] = [
  /^(?:key facts|quick facts|fast facts|facts?\s*box|factbox|fact file|fact sheet|at a glance|in numbers|by the numbers|key dates|timeline|chronology|what we know(?: so far)?|what we don'?t know|what you need to know|the facts|background(?:er)?|key points|in brief)(?:\s*[:\-–—]\s*[^.!?]{0,60}|\s+(?:of|on|about|for|to|in|so far)\s+[^.!?]{1,60})?\s*$/iu,
  /^(?:справка|досье|факты|ключевые факты|хронология|что известно|главное|цифры|в цифрах|довідка|досьє|факти|ключові факти|хронологія|що відомо|головне|у цифрах)(?:\s*[:\-–—]\s*[^.!?]{0,60}|\s+(?:о|об|про|по|в|у|на)\s+[^.!?]{1,60})?\s*$/iu,
];

/** Headings that open an author's bio box. */
export const bioHeaders = /^(?:about the (?:author|authors|writer|reporter)s?|about me|об авторе|об авторах|про автора|про авторів|автор о себе)\s*:?$/iu;

/** Lines only a bio box has: invitations to follow or write to the author. */
export const bioLines: readonly RegExp[] = [
  /^follow (?:him|her|them|me|us|@\S+|\p{Lu}\S*(?:\s+\p{Lu}\S*)?) on (?:twitter|x|facebook|instagram|telegram|threads|bluesky|linkedin|mastodon|tiktok)\b/iu,
  /^(?:follow|find) (?:him|her|them) (?:on|at)\b|^(?:twitter|x|email|e-mail|telegram)\s*:\s*@?\S+$|^(?:email|e-mail|contact|write to) (?:the author|him|her|them|me)\b|^you can (?:follow|reach|contact|email) (?:him|her|them)\b/i,
  /^(?:подписывайтесь на автора|подписаться на автора|підписуйтесь на автора|підписатися на автора|пишите автору|пишіть автору)(?![\p{L}\d])/iu,
];

/**
 * A sentence introducing the writer: "Jane Doe is a senior correspondent for
 * The Daily based in Vienna." Reads as prose, so it is only trusted where a
 * bio stands: after the story, under the byline, or in a bio box.
 */
export const bioSentence: readonly RegExp[] = [
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\p{L}-]+,?\s+){0,4}(?:correspondent|reporter|journalist|editor|writer|columnist|contributor|producer|analyst|photographer|photojournalist|researcher|fellow|author|commentator|freelancer)s?\b(?!\s+who\b)(?:\s+(?:for|at|with|of|on|in|based|covering|who covers|specializ\p{L}*|specialis\p{L}*)\b|[.,]?\s*$)/u,
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:covers|reports on|writes about|writes on)\s+[^.]{2,80}\s+(?:for|at)\s+/u,
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}[—–-]\s+(?:[\p{L}-]+\s+){0,3}(?:корреспондент|журналист|журналистка|редактор|обозреватель|колумнист|кореспондент|кореспондентка|журналіст|журналістка|оглядач|оглядачка|колумніст)\p{L}*/iu,
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:является|работает|є|працює)\s+(?:[\p{L}-]+\s+){0,3}(?:корреспондент|журналист|редактор|обозревател|кореспондент|журналіст|оглядач)\p{L}*/iu,
];

/** Picture captions and credits: the structure of the line marks it, whatever its length. */
export const captionCues: readonly LineCue[] = [
  // A gallery's controls stand where the picture was.
  { reason: 'caption', pattern: /^(?:view|open|expand|enlarge)\s+(?:this\s+)?(?:image|photo|picture|gallery)(?:\s+in\s+(?:fullscreen|full screen|gallery))?$|^(?:\d+\s+)?(?:photos|images|pictures)\s*$|^(?:photo|image)\s+\d+\s+(?:of|\/)\s+\d+$/i },
  { reason: 'caption', pattern: /^(?:image|photo|picture|media|video)\s+(?:caption|source|credit)s?\b|^(?:caption|credits?)\s*(?::|\.{3}|…)|^(?:photo|photograph|picture|image|video)\s+(?:by|courtesy of|credit)\b/i },
  // The credit closes the line: "Soldiers at the checkpoint. Photograph: Jane Doe/Agency".
  { reason: 'caption', pattern: /(?:^|[.!?;,]\s+|\s[|–—-]\s)(?:photograph|photo|photos|picture|image|illustration|photo illustration|composite|фото|фотография|фотографии|світлина|фотографія|ілюстрація|иллюстрация|коллаж|колаж)\s*:\s*[^.!?]{1,80}$/iu },
  // "(AP Photo/Jane Doe)", "(Photo: Agency)", "(Фото: …)".
  { reason: 'caption', pattern: /\((?:\p{Lu}[\p{L}.-]*\s+){0,2}(?:photos?|фото)\s*(?:\/|:)[^()]{1,60}\)\s*$/iu },
  // Stock-photo libraries close a caption line: "… Getty Images", "… / Shutterstock".
  { reason: 'caption', pattern: /(?:^|[\s/|–—-])(?:getty images|shutterstock|alamy|istock(?:photo)?|depositphotos|unsplash|pixabay|pexels)(?:\s+(?:plus|pro))?\s*\)?\s*$/iu },
];

/** A line that only says it was updated: "UPDATE:", "Updated 14:05 GMT", "Last updated 3 June", "(Update 1:33 a.m.)". */
export const updateKeyword = /^\(?\s*(?:last\s+)?(?:updated?|upd\.?|обновлено|обновлен[оа]?|оновлено|обновление|оновлення)(?![\p{L}\d])\s*(?:\d+\b)?\s*[:,.\-–—]?\s*/iu;

/** A wire's revision note on a line of its own: "(Updates with minister's comment)", "(Adds detail in paragraph 5)". */
export const revisionNote = /^\((?:updates?|updated|adds|recasts|changes|corrects|repeats|rewrites|writes through|refiles|fixes|overhauls|new throughout)\b[^()]{0,160}\)$/i;

/** A stamp or a revision note opening or closing a paragraph: "UPDATE: The ministry…", "(Update 1:33 a.m.) Police…", "… (Updated)". */
export const updatePrefix = /^(?:\(\s*(?:[Ll]ast\s+)?(?:[Uu]pdate[ds]?|UPDATE[DS]?|[Uu]pd\.?|[Оо]бновлено|[Оо]новлено)(?![\p{L}\d])[^()]{0,40}\)|(?:UPDATE|UPDATED|Update|Updated|ОБНОВЛЕНО|Обновлено|ОНОВЛЕНО|Оновлено)(?:\s+\d+)?(?:\s*,?\s*(?:at\s+)?[\d:.]+\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?\s*[:—–-])\s+(?=\S)/u;
export const updateSuffix = /\s+\(\s*(?:last\s+)?(?:update[ds]?|upd\.?|обновлено|оновлено)(?![\p{L}\d])[^()]{0,40}\)$/iu;

/**
 * A wire agency's dateline opening a paragraph: "WASHINGTON (Reuters) - ",
 * "(AFP) — ", "MOSCOW, June 3 (Reuters) -", "NEW YORK — ", "МОСКВА, 3 июня.
 * /ТАСС/.", "КИЇВ, 3 червня — Укрінформ." The place in capitals, a date, the
 * agency in brackets or slashes: the shape, not a list of agencies.
 */
// Words of capitals joined by one space or hyphen: "NEW YORK", "RIO DE JANEIRO", "WINSTON-SALEM" (one way to split, so no backtracking).
const place = String.raw`\p{Lu}[\p{Lu}\p{M}.'’]{1,24}(?:[\s-]\p{Lu}[\p{Lu}\p{M}.'’]{1,24}){0,3}`;
const region = String.raw`(?:,\s*\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)?`;
const dayMonth = String.raw`(?:,\s*(?:\p{L}{3,10}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,10}\.?)(?:,?\s+\d{4})?)?`;
const agency = String.raw`\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2}`;
export const agencyDatelines: readonly RegExp[] = [
  // Agency in brackets, with or without the place: "WASHINGTON, June 3 (Reuters) - ", "(AFP) — ".
  new RegExp(String.raw`^(?:${place}${region}${dayMonth}\s+)?\((?:${agency})\)\s*(?:[-–—]{1,2}|:)\s*(?=\S)`, 'u'),
  // A place written in title case before an agency's acronym: "Paris (AFP) - ", "Kyiv, March 3 (UNN) — ".
  new RegExp(String.raw`^\p{Lu}\p{Ll}+${region}${dayMonth}\s+\(\p{Lu}{2,6}\)\s*[-–—]{1,2}\s*(?=\S)`, 'u'),
  // Agency in slashes after the date: "МОСКВА, 3 июня. /ТАСС/. ".
  new RegExp(String.raw`^${place}${region}${dayMonth}\.?\s*\/(?:${agency})\/\.?\s*(?=\S)`, 'u'),
  // Agency after the dash: "МОСКВА, 3 июня — РИА Новости. ".
  new RegExp(String.raw`^${place}${region},\s*\d{1,2}\s+\p{L}{3,10}\.?\s*[-–—]\s*(?:${agency})\.\s+(?=\p{Lu}|["«“])`, 'u'),
  // The place alone, in capitals, before a dash and a sentence: "NEW YORK — The council…".
  new RegExp(String.raw`^(?=\p{Lu}{3})${place}${region}${dayMonth}\s+[-–—]{1,2}\s+(?=\p{Lu}|["«“])`, 'u'),
];
