import { describe, expect, it } from 'vitest';
import { tagSpan } from './testHelpers';

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
});
