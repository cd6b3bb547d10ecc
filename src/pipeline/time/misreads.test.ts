/** Misreads seen on real news: each form pinned with an invented sentence. */
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions, timexToInterval } from './index.ts';

const PUB = '2024-06-26';
const tag = (sentence: string, published = PUB) =>
  tagTemporalExpressions(sentence, { published }).map((e) => [e.text, e.type, e.value, e.precision]);

describe('centuries and decades', () => {
  it('the 1700s is a century, the 1990s a decade, the 17th century and the turn of the century', () => {
    expect(tag('The mill was built in the 1700s and restored in the 1990s.')).toEqual([
      ['1700s', 'DATE', '17', 'century'], ['1990s', 'DATE', '199', 'decade'],
    ]);
    expect(tag('The chapel dates from the 17th century.')).toEqual([['17th century', 'DATE', '16', 'century']]);
    expect(tag('The port has shrunk since the turn of the century.')).toEqual([['the turn of the century', 'DATE', '20', 'century']]);
  });
  it('a year range is one expression from its first year to its last; a wide or priced one is a quantity', () => {
    const ranges = tagTemporalExpressions('Losses mounted in 1999-2000, and the club won the 2012-13 title.', { published: '2021-03-04' });
    expect(ranges.map((e) => [e.text, e.value, e.endValue])).toEqual([['1999-2000', '1999', '2000'], ['2012-13', '2012', '2013']]);
    expect(timexToInterval(ranges[1]!)).toEqual({ start: '2012', end: '2013', precision: 'year' });
    // "2011-12" could be December 2011; 1850-1900 is wider than a range of years in news; prices and counts are quantities
    expect(tag('It was 2011-12. Estimates put deaths at 1850-1900. Tickets cost $1998-2000.', '2021-03-04')).toEqual([]);
  });
  it('the 2000s read in a young century are its first decade; the 1900s read late in that century are the century', () => {
    expect(tag('Exports boomed in the early 2000s.', '2021-03-04')).toEqual([['early 2000s', 'DATE', '200', 'decade']]);
    expect(tag('The town grew in the early 1900s.', '1998-03-04')).toEqual([['early 1900s', 'DATE', '19', 'century']]);
    expect(tag('The town grew in the early 1900s.', '2021-03-04')).toEqual([['early 1900s', 'DATE', '19', 'century']]);
  });
});

describe('generic deictic words', () => {
  it('"the cars of tomorrow" is the future in general, no day; "of tomorrow\'s vote" is tomorrow', () => {
    expect(tag('The minister praised the factories of tomorrow.', '2021-03-04')).toEqual([['tomorrow', 'DATE', 'FUTURE_REF', null]]);
    expect(tag('Turnout of tomorrow\'s vote is in doubt.', '2021-03-04')).toEqual([['tomorrow', 'DATE', '2021-03-05', 'day']]);
  });
});

describe('Today as a name', () => {
  it('"the Today programme", "Today\'s paper", "USA Today" are titles; sentence-initial Today is a date', () => {
    expect(tag('The minister told the Today programme that the plan had stalled.')).toEqual([]);
    expect(tag('A columnist wrote in Today\'s paper that rents rose.')).toEqual([]);
    expect(tag('A survey for USA Today found wide support.')).toEqual([]);
    expect(tag('Today the council votes on the budget.')).toEqual([['Today', 'DATE', PUB, 'day']]);
    expect(tag('Council Votes Today On Budget')).toEqual([['Today', 'DATE', PUB, 'day']]);
  });
});

describe('dotted clock times', () => {
  it('11.04 am, 11.04am and 9.30 pm are times of the day, never 04:00', () => {
    expect(tag('The first blast came at 11.04 am and the second at 11.04am; a vigil began at 9.30 pm')).toEqual([
      ['11.04 am', 'TIME', `${PUB}T11:04`, 'minute'], ['11.04am', 'TIME', `${PUB}T11:04`, 'minute'], ['9.30 pm', 'TIME', `${PUB}T21:30`, 'minute'],
    ]);
  });
});

describe('numbers that are not years', () => {
  it('labels after a noun and counted nouns are no years; real years stay', () => {
    expect(tag('The council cited resolution 1441 after Flight 1549 left route 1600 near Highway 1 and room 2020.')).toEqual([]);
    expect(tag('Bill 2049 and No. 1984 passed as 1,500 troops and 2000 people arrived.')).toEqual([]);
    expect(tag('The shares fell to 1999 pence, and the bonds to 1850 yen.')).toEqual([]);
    expect(tag('Output has doubled since 2001, and the 2008 crisis halved 1998\'s gains made in 1998.')).toEqual([
      ['2001', 'DATE', '2001', 'year'], ['2008', 'DATE', '2008', 'year'], ['1998\'s', 'DATE', '1998', 'year'], ['1998', 'DATE', '1998', 'year'],
    ]);
  });
});

describe('live-blog stamps', () => {
  it('a 4-digit stamp opening a line, or with a zone, is a clock time of the article\'s day', () => {
    expect(tag('Live updates\n1432: Police say the bridge is closed.\n0915 GMT - Ferries resume.')).toEqual([
      ['1432', 'TIME', `${PUB}T14:32`, 'minute'], ['0915 GMT', 'TIME', `${PUB}T09:15Z`, 'minute'],
    ]);
    expect(tag('The statement came at 1432 BST.')).toEqual([['1432 BST', 'TIME', `${PUB}T14:32`, 'minute']]);
    expect(tagTemporalExpressions('The statement came at 1432 BST.', { published: PUB })[0]?.zone).toBe('+01:00');
    // a chronology line stays a year
    expect(tag('Key dates\n2001: The bridge opens to traffic.')).toEqual([['2001', 'DATE', '2001', 'year']]);
  });
});

describe('week ranges', () => {
  it('"the week of 3 June", "the week ending 7 June", "last week" are weeks spanning Monday to Sunday', () => {
    const found = tagTemporalExpressions('Talks were held in the week of 3 June. Stocks fell in the week ending 7 June. Last week was calm.', { published: PUB });
    expect(found.map((e) => [e.text, e.value, e.precision])).toEqual([
      ['the week of 3 June', '2024-W23', 'week'], ['the week ending 7 June', '2024-W23', 'week'], ['Last week', '2024-W25', 'week'],
    ]);
    expect(timexToInterval(found[0]!)).toEqual({ start: '2024-06-03', end: '2024-06-09', precision: 'day' });
    expect(timexToInterval(found[2]!)).toEqual({ start: '2024-06-17', end: '2024-06-23', precision: 'day' });
  });
});

describe('anaphora need a day just told', () => {
  it('"that night", "the next day" resolve to a day of the same or previous sentence', () => {
    expect(tag('The ferry sank on 3 May. That night divers arrived, and the next day the search ended.')).toEqual([
      ['3 May', 'DATE', '2024-05-03', 'day'], ['That night', 'TIME', '2024-05-03TNI', 'day'], ['the next day', 'DATE', '2024-05-04', 'day'],
    ]);
  });
  it('generic "the day" is no date', () => {
    expect(tag('Shares fell on Monday. At the end of the day, the day\'s trading was thin.')).toEqual([['Monday', 'DATE', '2024-06-24', 'day']]);
  });
  it('with no recent antecedent, "that day" stays untagged rather than borrow a weekday named long before', () => {
    expect(tag('The mayor spoke on Monday. The bridge is old. Repairs are costly. Residents still recall that day.')).toEqual([['Monday', 'DATE', '2024-06-24', 'day']]);
    expect(tag('Residents still recall that day.')).toEqual([]);
  });
});

describe('words that look like times', () => {
  it('"the March for Life" is a march; "three-quarters of" is a fraction; "two consecutive quarters" stays a duration', () => {
    expect(tag('Thousands joined the March for Life and the March of the Mothers.')).toEqual([]);
    expect(tag('The island imports about three-quarters of its food.')).toEqual([]);
    expect(tag('The economy shrank for two consecutive quarters of the year.')).toEqual([['two consecutive quarters', 'DURATION', 'P2Q', null]]);
  });
});

describe('reference words', () => {
  it('"current" alone is PRESENT_REF; "the current quarter" is a quarter; "former" is no time', () => {
    expect(tag('Analysts blame current market conditions.')).toEqual([['current', 'DATE', 'PRESENT_REF', null]]);
    expect(tag('Sales in the current quarter rose.', '2023-11-02')).toEqual([['the current quarter', 'DATE', '2023-Q4', 'quarter']]);
    expect(tag('The former minister spoke.')).toEqual([]);
  });
  it('"the past three summers" opens a counted span: no PAST_REF; "in the past" alone is one', () => {
    expect(tag('Riots have marred the town for the past three summers.')).toEqual([]);
    expect(tag('In the past, riots marred the town.')).toEqual([['the past', 'DATE', 'PAST_REF', null]]);
  });
});

describe('more titles and possessive years', () => {
  it('"This Week" with both words capitalised is a programme; "next year\'s first quarter" is one quarter', () => {
    expect(tag('The envoy, speaking on the network\'s "This Week," said talks would go on. This week prices rose.', '2023-11-02')).toEqual([
      ['This week', 'DATE', '2023-W44', 'week'],
    ]);
    expect(tag('A deal could close in next year\'s first quarter.', '2023-11-02')).toEqual([['next year\'s first quarter', 'DATE', '2024-Q1', 'quarter']]);
  });
});

describe('irregular pasts tell the tense', () => {
  it('"In January, the firm brought in" is the January just past, not the coming one', () => {
    // October: without the past cue the coming January (three months off) would win
    expect(tag('In January, the firm brought in new managers.', '2021-10-27')).toEqual([['January', 'DATE', '2021-01', 'month']]);
  });
  it('a name after "to" does not turn the verb after it into a participle', () => {
    // "to Ostrava said" is not "to be said": the past "said" is the nearest cue, "would" further off
    expect(tag('The envoy to Ostrava said on Tuesday that the talks would resume.', '2021-03-03')).toEqual([['Tuesday', 'DATE', '2021-03-02', 'day']]);
  });
});

describe('dates in coordination', () => {
  it('"April 24 and 25" and "24 or 25 April": the bare day is a date of the same month', () => {
    expect(tag('Leaders meet in Ostrava on April 24 and 25.', '2021-03-02')).toEqual([
      ['April 24', 'DATE', '2021-04-24', 'day'], ['25', 'DATE', '2021-04-25', 'day'],
    ]);
    expect(tag('The vote was held on 24 or 25 April, officials said.', '2021-06-02').map((e) => e[2])).toEqual(['2021-04-24', '2021-04-25']);
  });
  it('a number after "and" that counts something is not a day', () => {
    expect(tag('On June 3 and 40 people were hurt.', '2021-06-05')).toEqual([['June 3', 'DATE', '2021-06-03', 'day']]);
  });
  it('a capital A before a year is the article: "A 1996 law"', () => {
    expect(tag('A 1996 law bars such sales.')).toEqual([['1996', 'DATE', '1996', 'year']]);
  });
});

describe('which clause a tense cue belongs to', () => {
  it('"by <month>" is a deadline ahead, unless the clause is pluperfect', () => {
    expect(tag('The group plans to repay the loan by February.', '2021-10-30')[0]).toEqual(['February', 'DATE', '2022-02', 'month']);
    expect(tag('The sale is part of a drive to repay the loan by February.', '2021-10-30')[0]).toEqual(['February', 'DATE', '2022-02', 'month']);
    expect(tag('The rebels had taken the town by February.', '2021-10-30')[0]).toEqual(['February', 'DATE', '2021-02', 'month']);
  });
  it('"until <weekday>" looks ahead, unless the clause is pluperfect, before or after the date', () => {
    // published on a Friday: the Thursday just past, not the coming one
    expect(tag('Until Thursday, police had not named Kovács a suspect.', '2021-05-07')[0]).toEqual(['Thursday', 'DATE', '2021-05-06', 'day']);
    expect(tag('The museum stays closed until Thursday.', '2021-05-07')[0]).toEqual(['Thursday', 'DATE', '2021-05-13', 'day']);
  });
  it('a verb after the date, past a comma, weighs less than the plan before it', () => {
    expect(tag('The talks, which are supposed to end by May, invited the party back.', '2021-03-22')[0]).toEqual(['May', 'DATE', '2021-05', 'month']);
  });
  it('a future word far off in another clause does not move a date a year ahead', () => {
    const text = 'But on April 8, investigators, wondering how the gunman could have left the woods without fearing he would be seen, searched the site again.';
    expect(tag(text, '2021-05-05')[0]).toEqual(['April 8', 'DATE', '2021-04-08', 'day']);
  });
  it('a verb far back still governs the date when no comma opens another clause between them', () => {
    // "will" is 80 characters back; with no cue near, December nine months ahead lost to the one three months back
    expect(tag('Kovács will be named commander of the new regional coastguard fleet for a mission in December.', '2021-03-04')[0]).toEqual(['December', 'DATE', '2021-12', 'month']);
  });
  it('a date opening its sentence belongs to the main verb after the subject, however long the subject', () => {
    // published on a Monday: the league's plan is for the coming Tuesday
    expect(tag('On Tuesday, the regional association of independent grocery wholesalers plans to hold a news conference.', '2021-03-01')[0]).toEqual(['Tuesday', 'DATE', '2021-03-02', 'day']);
    expect(tag('On Tuesday, the regional association of independent grocery wholesalers held a news conference.', '2021-03-01')[0]).toEqual(['Tuesday', 'DATE', '2021-02-23', 'day']);
    // a relative clause in the subject is not the main verb
    expect(tag('On Tuesday, the grocer, who will retire next year, closed his shop.', '2021-03-01')[0]).toEqual(['Tuesday', 'DATE', '2021-02-23', 'day']);
  });
  it('a comma that only closes the fronted phrase keeps the main verb after it: "In January, a week after the vote, a bomb killed"', () => {
    // published in October: without "killed" the coming January would be nearer
    const text = 'In January, a week after the anniversary of the court ruling, a car bomb in Harwick, Del., killed a guard.';
    expect(tag(text, '2021-10-25')[0]).toEqual(['January', 'DATE', '2021-01', 'month']);
  });
  it('next month beats the one eleven months back, even in a past clause', () => {
    expect(tag('Dealers placed heavy orders to start the first trading day for November deliveries.', '2021-10-29')[0]).toEqual(['November', 'DATE', '2021-11', 'month']);
    expect(tag('Dealers placed heavy orders in September.', '2021-10-29')[0]).toEqual(['September', 'DATE', '2021-09', 'month']);
  });
  it('"the slated visit in September", "planned for early March" look ahead', () => {
    expect(tag('They discussed the slated visit of the trade minister in September.', '2021-08-26')[0]).toEqual(['September', 'DATE', '2021-09', 'month']);
    expect(tag('The official said the accession was planned for early March.', '2021-02-10')[0]).toEqual(['early March', 'DATE', '2021-03', 'month']);
  });
});

describe('ages and "some day"', () => {
  it('"in his 30s", "in her mid-40s" are ages; "the \'80s" stays a decade', () => {
    expect(tag('He moved to Ostrava when he was in his 30s.')).toEqual([]);
    expect(tag('The driver, a woman in her mid-40s, was unhurt.')).toEqual([]);
    expect(tag('The band was big in the \'80s.')).toEqual([['\'80s', 'DATE', '198', 'decade']]);
  });
  it('"will one day be" is some day ahead; "took one day" is a day long', () => {
    expect(tag('The mayor said the port will one day be the largest in the region.')).toEqual([['one day', 'DATE', 'FUTURE_REF', null]]);
    expect(tag('Repairs took one day to finish.')).toEqual([['one day', 'DURATION', 'P1D', null]]);
  });
});

describe('spelled compound numbers', () => {
  it('"twenty four hours", as transcripts write it, is 24 hours, not four', () => {
    expect(tag('In the last twenty four hours, the currency fell.')).toEqual([['the last twenty four hours', 'DURATION', 'PT24H', null]]);
  });
});

describe('names that hold a duration', () => {
  it('"60 Minutes" the programme and "the 24 Hours of Le Mans" are names; a headline in title case keeps its duration', () => {
    expect(tag('The father spoke on CBS\'s 60 Minutes.')).toEqual([]);
    expect(tag('She won the 24 Hours of Le Mans twice.')).toEqual([]);
    expect(tag('Talks Last 24 Hours')).toEqual([['Last 24 Hours', 'DURATION', 'PT24H', null]]);
  });
});

describe('day words as nouns', () => {
  it('after a determiner a day word is a noun: "the last night of the fair" is not last night', () => {
    expect(tag('Crowds filled the square on the last night of the fair.')).toEqual([]);
    expect(tag('Crowds filled the square last night.')).toEqual([['last night', 'TIME', '2024-06-25TNI', 'day']]);
  });
});
