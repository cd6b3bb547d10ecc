/** The site's words in Russian. */
import type { Strings } from './en';
import { plural as count } from './plural';

const n = (value: number, one: string, few: string, many: string) => count('ru', value, { one, few, many, other: few });

export const ru: Strings = {
  lang: 'ru',
  kicker: 'Хроника',
  titleSuffix: 'хроника',
  description: (events, sources) =>
    `Хроника: ${n(events, 'датированное событие', 'датированных события', 'датированных событий')} по ${n(sources, 'статье', 'статьям', 'статьям')}.`,
  dek: (events, sources) => `${n(events, 'событие', 'события', 'событий')} из ${n(sources, 'источника', 'источников', 'источников')}`,
  spanTo: (a, b) => `с ${a} по ${b}`,

  eventsHeading: 'События',
  noEvents: 'В этих статьях не нашлось датированных событий.',
  moreEvents: (k) => `ещё ${n(k, 'событие', 'события', 'событий')}`,
  sourcesCount: (k) => n(k, 'источник', 'источника', 'источников'),
  reportedOn: 'сообщено {date}',
  planned: 'Запланировано',
  plannedNote: 'запланировано',
  background: 'Предыстория',
  backgroundNote: 'предыстория',
  permalink: 'Ссылка на это событие',
  disagree: 'Источники расходятся',
  disagreeOn: 'в вопросе:',
  moreQuotesFrom: (k, names) => `ещё ${n(k, 'цитата', 'цитаты', 'цитат')} (в данных), из: ${names}.`,

  overviewHeading: 'Обзор',
  zoomGroup: 'Масштаб обзора',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  zoomReset: 'Сбросить',
  zoomHint: ['Масштаб — кнопками, колёсиком мыши или клавишами', 'и', '; сдвиг — перетаскиванием или стрелками.'],
  legend: 'Условные обозначения',
  legendMain: 'Событие истории',
  legendBackground: 'Предыстория',
  legendPlanned: 'Запланировано (на момент сообщения ещё не произошло)',
  legendRange: 'Несколько дней',
  legendCoarse: 'Известен только месяц или год',
  laneMain: 'История',
  laneBackground: 'Предыстория',
  overviewCount: (key, more) =>
    more === 0
      ? `Показано: ${n(key, 'событие', 'события', 'событий')}.`
      : `Показаны главные события (${key.toLocaleString('ru')}); ещё ${n(more, 'событие', 'события', 'событий')} — в списке ниже, по периодам.`,

  sourcesHeading: 'Источники',
  dateInferred: 'дата выведена',
  footer: 'Составлено по словам самих статей: каждое событие ссылается на фразы, из которых оно взято.',
  download: 'Скачать данные (JSON)',
  skipLink: 'Перейти к содержанию',
};
