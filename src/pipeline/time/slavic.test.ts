import { describe, expect, it } from 'vitest';
import { tagAll, tagSpan } from './testHelpers';

const PUB = '2024-06-26';

describe('Russian and Ukrainian tables', () => {
  it('day-month(-year) forms', () => {
    expect(tagSpan('Разговор состоялся 12 июля 2024 года по инициативе американской стороны.', PUB, '12 июля 2024 года', 'ru')).toMatchObject({ value: '2024-07-12', precision: 'day' });
    expect(tagSpan('Удар по пляжу стався 23 червня, повідомили в ЗСУ.', PUB, '23 червня', 'uk')).toMatchObject({ value: '2024-06-23' });
    expect(tagSpan('Остин провів розмову 25 червня.', PUB, '25 червня', 'uk')).toMatchObject({ value: '2024-06-25' });
  });

  it('weekdays after prepositions are the past one', () => {
    expect(tagSpan('Белоусов и Остин во вторник провели телефонный разговор.', PUB, 'вторник', 'ru')).toMatchObject({ value: '2024-06-25' });
    expect(tagSpan('Очільники оборонних відомств у вівторок поговорили телефоном.', PUB, 'вівторок', 'uk')).toMatchObject({ value: '2024-06-25' });
  });

  it('relative words', () => {
    expect(tagSpan('Сегодня Минобороны сообщило о разговоре.', PUB, 'Сегодня', 'ru')).toMatchObject({ value: '2024-06-26' });
    expect(tagSpan('Про це він заявив минулого тижня.', PUB, 'минулого тижня', 'uk')).toMatchObject({ value: '2024-W25' });
  });

  it('a number after a noun that numbers things is a label, not a year', () => {
    expect(tagAll('Совет безопасности сослался на резолюцию 1441 и на рейс 2020.', '2021-03-02', 'ru')).toEqual([]);
    expect(tagAll('Рада послалася на резолюцію 1441.', '2021-03-02', 'uk')).toEqual([]);
    expect(tagAll('Закон принят в 1996 году.', '2021-03-02', 'ru').map((e) => e.value)).toEqual(['1996']);
  });
});
