/**
 * Invented words for synthetic timelines: people, places, outlets and the
 * verbs and nouns of news headlines. Nothing here is from a real story (the
 * honesty test keeps scripts/ free of the seed story's names), and all of it
 * is ASCII so ids made from it stay within the contract's [a-z0-9-].
 */
import { pick, randInt, type Random } from '../bench/prng.ts';

const FIRST_NAMES = [
  'Mira', 'Tomas', 'Ilse', 'Oren', 'Katya', 'Joel', 'Anouk', 'Petra', 'Rafael', 'Lena', 'Dario', 'Sven', 'Noor', 'Hana',
  'Viktor', 'Aino', 'Bruno', 'Selma', 'Kofi', 'Yusuf', 'Greta', 'Emil', 'Ines', 'Marek', 'Talia', 'Boris', 'Elif', 'Colm',
];
const LAST_NAMES = [
  'Varga', 'Lindqvist', 'Okafor', 'Marchetti', 'Halloran', 'Brandt', 'Kowal', 'Esposito', 'Nakamura', 'Ferreira', 'Dahl',
  'Moreau', 'Petrak', 'Sorensen', 'Aziz', 'Keller', 'Duarte', 'Novak', 'Rasmussen', 'Ibarra', 'Talvik', 'Quill', 'Osei',
];
const BODIES = [
  'Northern Council', 'Harbour Authority', 'Defence Ministry', 'Grain Board', 'River Commission', 'Energy Agency',
  'Supreme Court', 'Border Guard', 'Port Union', 'Health Service', 'Election Board', 'Coast Guard', 'Rail Operator',
];
export const PLACES = [
  'Varnholm', 'Kestrel Bay', 'Ostrava Flats', 'Lindmark', 'Port Averne', 'Sorrel Valley', 'Halden Ridge', 'Marrow Point',
  'Eastmere', 'Coldwater', 'Brenna', 'Tallin Cross', 'Vesko', 'Arden Falls',
];
export const OUTLETS = [
  'The Daily Ledger', 'Northern Post', 'Wire Service', 'Evening Courier', 'Radio Free Valley', 'The Tribune', 'Harbour News',
  'Capital Herald', 'Morning Star', 'Gazette Online', 'Metro Report', 'The Observer Weekly', 'Coastal Times', 'Valley Voice',
  'Frontier Review', 'The Bulletin', 'Public Radio North', 'City Wire',
];
const VERBS = [
  'announces', 'rejects', 'signs', 'meets', 'delays', 'confirms', 'denies', 'opens', 'closes', 'visits', 'suspends', 'approves',
  'blocks', 'extends', 'launches', 'ends', 'backs', 'warns of', 'calls for', 'investigates', 'halts', 'resumes',
];
const PAST_VERBS = [
  'announced', 'rejected', 'signed', 'met', 'delayed', 'confirmed', 'denied', 'opened', 'closed', 'visited', 'suspended',
  'approved', 'blocked', 'extended', 'launched', 'ended', 'backed', 'warned of', 'called for', 'halted', 'resumed',
];
const OBJECTS = [
  'ceasefire talks', 'border crossing', 'grain convoy', 'sanctions package', 'budget vote', 'court ruling', 'port strike',
  'aid deal', 'power plant repairs', 'bridge reopening', 'pipeline inquiry', 'drone programme', 'reserve call-up',
  'treaty review', 'evacuation plan', 'hospital funding', 'school closures', 'election date', 'trade agreement',
  'prisoner exchange', 'water rationing', 'rail link', 'curfew', 'mining licence', 'tax reform', 'peace framework',
];
const FILLER = (
  'officials said the decision followed weeks of pressure from regional leaders and that further steps would depend on ' +
  'talks with partners while residents reported long queues and shortages as the government insisted supplies were ' +
  'sufficient and opposition figures accused ministers of hiding the scale of the damage during a tense session of ' +
  'parliament where several deputies demanded an independent inquiry into the handling of the crisis and its costs'
).split(' ');
const TOPICS = ['crisis', 'talks', 'standoff', 'floods', 'strike', 'election', 'blockade', 'inquiry'];

export interface ActorPool {
  names: string[];
}

/** A story's cast: invented people and bodies, more of them for bigger stories. */
export function actorPool(random: Random, size: number): ActorPool {
  const names = new Set<string>();
  for (let tries = 0; names.size < size && tries < size * 20; tries++) {
    names.add(random() < 0.3 ? pick(random, BODIES) : `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`);
  }
  return { names: [...names] };
}

/** A few actors, the story's leading ones far more often than the rest (as in real coverage). */
export function pickActors(random: Random, pool: ActorPool): string[] {
  const roll = random();
  const count = roll < 0.15 ? 0 : roll < 0.5 ? 1 : roll < 0.8 ? 2 : roll < 0.95 ? 3 : 4;
  const chosen = new Set<string>();
  for (let i = 0; i < count; i++) chosen.add(pool.names[Math.floor(pool.names.length * random() ** 2.5)]!);
  return [...chosen];
}

const capitalized = (text: string): string => text.replace(/^./, (c) => c.toUpperCase());

/** Words joined up to a character limit, cut at a word boundary. */
function cutToLength(words: string[], limit: number): string {
  let out = '';
  for (const word of words) {
    const next = out ? `${out} ${word}` : word;
    if (next.length > limit) break;
    out = next;
  }
  return out;
}

/** A headline in the present tense, at most 70 characters (the pipeline's limit). */
export function headline(random: Random, actors: readonly string[]): string {
  const subject = actors[0]?.split(' ').at(-1) ?? pick(random, BODIES);
  const words = [subject, pick(random, VERBS), pick(random, OBJECTS)];
  if (random() < 0.5) words.push('in', pick(random, PLACES));
  if (random() < 0.3) words.push('after', pick(random, OBJECTS));
  return cutToLength(capitalized(words.join(' ')).split(' '), 70);
}

/** One news sentence of about `length` words, holding the temporal expression when there is one. */
export function newsSentence(random: Random, length: number, actors: readonly string[], expression: string): string {
  const subject = actors.length > 0 ? pick(random, actors) : `the ${pick(random, BODIES)}`;
  const head = [subject, pick(random, PAST_VERBS), 'the', pick(random, OBJECTS), ...(expression ? [expression] : [])];
  const start = randInt(random, 0, FILLER.length - 1);
  const rest = Array.from({ length: Math.max(0, length - head.length) }, (_, i) => FILLER[(start + i) % FILLER.length]!);
  return `${capitalized([...head, ...rest].join(' '))}.`;
}

/** A summary of one to three sentences, as the pipeline writes from an event's most central sentences. */
export function summaryText(random: Random, actors: readonly string[]): string {
  const sentences = randInt(random, 1, 3);
  return Array.from({ length: sentences }, () => newsSentence(random, randInt(random, 14, 32), actors, '')).join(' ');
}

/** The story's title: a place and what happens there. */
export function storyTitle(random: Random): string {
  return `The ${pick(random, PLACES)} ${pick(random, TOPICS)}`;
}

/** Lowercase ASCII words joined by hyphens: the contract's id alphabet. */
export function slug(text: string, words: number): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 2)
    .slice(0, words)
    .join('-');
}
