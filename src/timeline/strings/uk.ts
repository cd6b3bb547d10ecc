/** The site's words in Ukrainian. */
import type { Strings } from './en';
import { plural as count } from './plural';

const n = (value: number, one: string, few: string, many: string) => count('uk', value, { one, few, many, other: few });

export const uk: Strings = {
  lang: 'uk',
  kicker: 'Хроніка',
  titleSuffix: 'хроніка',
  description: (events, sources) =>
    `Хроніка: ${n(events, 'датована подія', 'датовані події', 'датованих подій')} за ${n(sources, 'статтею', 'статтями', 'статтями')}.`,
  dek: (events, sources) => `${n(events, 'подія', 'події', 'подій')} з ${n(sources, 'джерела', 'джерел', 'джерел')}`,
  spanTo: (a, b) => `з ${a} по ${b}`,

  eventsHeading: 'Події',
  noEvents: 'У цих статтях не знайшлося датованих подій.',
  moreEvents: (k) => `ще ${n(k, 'подія', 'події', 'подій')}`,
  sourcesCount: (k) => n(k, 'джерело', 'джерела', 'джерел'),
  reportedOn: 'повідомлено {date}',
  planned: 'Заплановано',
  plannedNote: 'заплановано',
  background: 'Передісторія',
  backgroundNote: 'передісторія',
  permalink: 'Посилання на цю подію',
  disagree: 'Джерела розходяться',
  disagreeOn: 'щодо:',
  moreQuotesFrom: (k, names) => `ще ${n(k, 'цитата', 'цитати', 'цитат')} (у даних), з: ${names}.`,

  overviewHeading: 'Огляд',
  zoomGroup: 'Масштаб огляду',
  zoomIn: 'Наблизити',
  zoomOut: 'Віддалити',
  zoomReset: 'Скинути',
  zoomHint: ['Масштаб — кнопками, коліщатком миші або клавішами', 'і', '; зсув — перетягуванням або стрілками.'],
  legend: 'Умовні позначення',
  legendMain: 'Подія історії',
  legendBackground: 'Передісторія',
  legendPlanned: 'Заплановано (на момент повідомлення ще не сталося)',
  legendRange: 'Кілька днів',
  legendCoarse: 'Відомий лише місяць або рік',
  laneMain: 'Історія',
  laneBackground: 'Передісторія',
  overviewCount: (key, more) =>
    more === 0
      ? `Показано: ${n(key, 'подія', 'події', 'подій')}.`
      : `Показано головні події (${key.toLocaleString('uk')}); ще ${n(more, 'подія', 'події', 'подій')} — у списку нижче, за періодами.`,

  sourcesHeading: 'Джерела',
  dateInferred: 'дату виведено',
  footer: 'Складено зі слів самих статей: кожна подія посилається на речення, з яких її взято.',
  download: 'Завантажити дані (JSON)',
  skipLink: 'Перейти до змісту',
};
