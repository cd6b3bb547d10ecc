import { describe, expect, it } from 'vitest';
import { tagAll } from './testHelpers.ts';

/** Which expressions keep their value whatever the publication date: an undated article keeps those. */
const absoluteness = (text: string, published = '2024-06-26', language?: string): Record<string, boolean | undefined> =>
  Object.fromEntries(tagAll(text, published, language).map((e) => [e.text, e.absolute]));

describe('absolute expressions', () => {
  it('a full date, a month of a year, a year and a numeric date are absolute; weekdays and "last month" are not', () => {
    expect(absoluteness('The ferry sank on 9 March 2024. Talks began in March 2023. The port opened in 2014. Divers came on Tuesday. Fares rose last month. The inquiry sat on 11.04.2024.')).toEqual({
      '9 March 2024': true,
      'March 2023': true,
      '2014': true,
      Tuesday: false,
      'last month': false,
      '11.04.2024': true,
    });
  });

  it('a day and month without a year needs the publication date to pick its year', () => {
    expect(absoluteness('The ferry sank on 5 March.')).toEqual({ '5 March': false });
  });

  it('an anaphor is absolute when the date it counts from is', () => {
    expect(absoluteness('The ferry sank on 9 March 2024. The next day divers came.')).toEqual({ '9 March 2024': true, 'The next day': true });
    expect(absoluteness('The ferry sank on Tuesday. The next day divers came.')).toEqual({ Tuesday: false, 'The next day': false });
  });

  it('gives the same value for an absolute expression whatever the publication date', () => {
    const text = 'Sailors struck on 2 May 2022. Two days later the port closed. On Friday they voted.';
    const early = tagAll(text, '2022-05-10');
    const late = tagAll(text, '2031-01-01');
    for (const e of early.filter((x) => x.absolute)) expect(late.find((x) => x.start === e.start)?.value).toBe(e.value);
    expect(early.filter((x) => x.absolute).map((x) => x.text)).toEqual(['2 May 2022', 'Two days later']);
  });

  it('works in Russian', () => {
    expect(absoluteness('12 мая 2023 года делегации провели переговоры. Во вторник они встретились снова.', '2023-05-20', 'ru')).toEqual({ '12 мая 2023 года': true, вторник: false });
  });
});
