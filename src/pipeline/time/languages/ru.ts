import type { LanguageTable } from './LanguageTable';
import { monthForms, slavicDefaults } from './slavicBase';

export const ru: LanguageTable = {
  ...slavicDefaults,
  code: 'ru',
  // nominative, genitive ("12 июля"), prepositional ("в июле")
  months: monthForms([
    ['январь', 'января', 'январе'], ['февраль', 'февраля', 'феврале'], ['март', 'марта', 'марте'],
    ['апрель', 'апреля', 'апреле'], ['май', 'мая', 'мае'], ['июнь', 'июня', 'июне'],
    ['июль', 'июля', 'июле'], ['август', 'августа', 'августе'], ['сентябрь', 'сентября', 'сентябре'],
    ['октябрь', 'октября', 'октябре'], ['ноябрь', 'ноября', 'ноябре'], ['декабрь', 'декабря', 'декабре'],
  ]),
  weekdays: {
    понедельник: 1, вторник: 2, среда: 3, среду: 3, четверг: 4, пятница: 5, пятницу: 5,
    суббота: 6, субботу: 6, воскресенье: 7,
  },
  yearSuffix: '(?:\\s*(?:года|году|год|г\\.))',
  deicticWords: {
    сегодня: { unit: 'day', offset: 0 }, вчера: { unit: 'day', offset: -1 }, завтра: { unit: 'day', offset: 1 },
    позавчера: { unit: 'day', offset: -2 }, послезавтра: { unit: 'day', offset: 2 },
  },
  relativePhrases: {
    'прошлой неделе': { unit: 'week', offset: -1 }, 'этой неделе': { unit: 'week', offset: 0 },
    'следующей неделе': { unit: 'week', offset: 1 }, 'прошлом месяце': { unit: 'month', offset: -1 },
    'этом месяце': { unit: 'month', offset: 0 }, 'следующем месяце': { unit: 'month', offset: 1 },
    'прошлом году': { unit: 'year', offset: -1 }, 'этом году': { unit: 'year', offset: 0 },
    'следующем году': { unit: 'year', offset: 1 },
  },
  futureCues: '(?:будет|будут|буду|состоится|планиру\\p{L}*|намерен\\p{L}*|собира\\p{L}*)',
  // perfective future has present-tense endings ("возобновятся"): a dated clause with one looks forward
  clauseOpeners: '[;:]|\\s[-–—]\\s|(?<![\\p{L}])(?:что|который|которая|которое|которые|после|перед|когда|пока|потому|но|хотя)(?![\\p{L}])',
  plannedCues: '(?:будет|будут|буду|состоится|состоятся|планиру\\p{L}*|запланирован\\p{L}*|намерен\\p{L}*|собира\\p{L}*|предстоящ\\p{L}*|ожида\\p{L}*ся|должн\\p{L}*|\\p{L}{3,}(?:ится|ется|ятся|утся|ются))',
  pastCues: '\\p{L}{2,}(?:ал|ял|ил|ел|ла|ли|ло)(?![\\p{L}])',
  speechVerbs: '(?:заявил\\p{L}*|сказал\\p{L}*|сообщил\\p{L}*|отметил\\p{L}*|брифинг\\p{L}*|по словам)',
  complementizers: 'что|чтобы',
};
