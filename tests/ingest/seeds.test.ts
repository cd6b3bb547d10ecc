/**
 * The five seed articles, cleaned: every line of their story kept, and none
 * of the page furniture (appeals, menus, tickers, related links, credits).
 * The lists below are the test's knowledge of these pages, not the code's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/pipeline/ingest/readArticle.ts';

/** Lines of each seed that are not story: furniture, bylines, datelines, repeated headlines. */
const notStory: Record<string, RegExp[]> = {
  '000_27af1b84f7f90120.txt': [
    /^Support The Moscow Times!$/, /^Russian Defense Minister Andrei Belousov\. Russian Defense Ministry$/,
    /^Sign up for our free weekly newsletter$/, /^Our weekly newsletter contains/, /^Subscribers agree/, /^A Message from/, /^Dear readers,$/,
    /^We are facing/, /^These actions are direct attempts/, /^We, the journalists/, /^Your support, no matter/, /^By supporting/,
    /^(Once|Monthly|Annual|Continue|paiment methods|Not ready to support today\?|Remind me later\.|Read more)$/,
  ],
  '001_414b836db52b1413.txt': [/^date 2024-06-26 Menu$/, /^By: Babatunde Akinsola$/, /^Date:$/, /^Civilians killed on Sevastopol beach/, /^Previous article$/, /^Obama’s Half-Sister/, /^Next article$/, /^Russia ready to talk to France/],
  '002_84b682c072bac9f9.txt': [/^by Faruk Imamovic$/, /^US and Russian defense ministers speak for first time in over a year$/, /Getty Images/],
  '003_6ec7bb4a00626735.txt': [
    /^All Sections$/, /^Укр Рус Eng/, /^Support Us$/, /^Oleh Pavliuk/, /^US defence secretary talks with new Russian defence minister – Pentagon$/, /^Stock photo/,
    /^Advertisement:$/, /^Background:$/, /^Support UP/, /^Subjects:/, /^All News$/, /^USA$/, /^RECENT NEWS$/, /^\d\d:\d\d$/,
  ],
  '004_25eed4c41b8cca60.txt': [],
};
/** Where the tail of related stories and tickers starts: everything after it is furniture. */
const tailStarts: Record<string, string> = { '003_6ec7bb4a00626735.txt': 'Support UP or become our patron!' };

describe.each(Object.keys(notStory))('seed %s', (file) => {
  const raw = readFileSync(`seeds/${file}`, 'utf8');
  const article = readArticle({ path: file, bytes: readFileSync(`seeds/${file}`) });
  const kept = new Set(article.text.split('\n\n'));
  const tail = tailStarts[file] ? raw.indexOf(tailStarts[file]) : raw.length;
  const lines = raw.split('\n').map((l) => l.replace(/^\s*•\s*/, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  const inTail = (line: string) => raw.indexOf(line) >= tail;

  it('keeps every line of the story', () => {
    const story = lines.filter((line) => !inTail(line) && !notStory[file]!.some((p) => p.test(line)) && line !== article.title);
    const missing = story.filter((line) => !kept.has(line) && !article.text.includes(line));
    // The first line of a dateline-headed page is kept without its dateline.
    expect(missing.filter((line) => !/^date \d{4}-\d\d-\d\d /.test(line))).toEqual([]);
  });

  it('drops all furniture', () => {
    const furniture = lines.filter((line) => inTail(line) || notStory[file]!.some((p) => p.test(line)));
    for (const line of furniture) {
      if (line === article.title) continue;
      expect(kept.has(line), line).toBe(false);
    }
  });
});
