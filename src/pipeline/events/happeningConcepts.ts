/**
 * Kinds of happening that news reports in different words: a phone call is
 * "spoke by phone", "a conversation", "talks"; a strike is "an attack",
 * "fired missiles", "shelling". Each word here adds its concept to a
 * mention's terms, so accounts that word one happening differently still
 * meet. General news vocabulary, as data: add a language by adding words.
 */
export const happeningConcepts: Readonly<Record<string, readonly string[]>> = {
  contact: [
    'call', 'called', 'calls', 'phone', 'phoned', 'telephone', 'conversation', 'conversations', 'spoke', 'speak', 'speaks', 'talks', 'talked',
    'разговор', 'разговора', 'созвонились', 'поговорили', 'беседа', 'беседу', 'переговоры',
    'розмова', 'розмову', 'розмови', 'поговорили', 'зателефонував', 'переговори',
  ],
  attack: [
    'attack', 'attacks', 'attacked', 'strike', 'strikes', 'struck', 'shelling', 'shelled', 'fired', 'missile', 'missiles', 'rocket', 'rockets', 'bombing', 'bombed', 'drone', 'drones', 'explosion', 'exploded', 'blast',
    'удар', 'удара', 'ударом', 'атака', 'атаку', 'атаки', 'обстрел', 'обстрела', 'ракета', 'ракеты', 'ракет', 'взрыв',
    'удару', 'атаки', 'обстріл', 'обстрілу', 'ракети', 'ракет', 'вибух',
  ],
  casualties: ['killed', 'dead', 'died', 'dies', 'die', 'death', 'deaths', 'injured', 'wounded', 'victims', 'casualties', 'погибли', 'погибших', 'ранены', 'раненых', 'загинули', 'загиблих', 'поранені', 'поранених'],
  appointment: ['appointed', 'appoints', 'appointment', 'replaced', 'replaces', 'named', 'nominated', 'sworn', 'назначил', 'назначен', 'назначение', 'сменил', 'призначив', 'призначений', 'призначення', 'замінив'],
  meeting: ['summit', 'meeting', 'met', 'meets', 'visit', 'visited', 'conference', 'саммит', 'встреча', 'встретились', 'саміт', 'зустріч', 'зустрілися'],
  summons: ['summoned', 'summons', 'demarche', 'protest', 'вызвал', 'вызван', 'демарш', 'викликав', 'викликали'],
  statement: ['briefing', 'statement', 'readout', 'announced', 'брифинг', 'заявление', 'брифінг', 'заява'],
  delivery: ['supplied', 'supply', 'supplies', 'shipments', 'deliveries', 'sent', 'transferred', 'aid', 'package', 'поставки', 'поставок', 'передал', 'поставки', 'передав', 'допомоги'],
};

/**
 * What may follow a #contact word when it names or urges rather than tells a call:
 * "called for talks", "calls on Kyiv", "called the attack an act of terrorism", "called it “a provocation”".
 */
export const namingAfterContact: readonly RegExp[] = [
  /^\s+(?:for|on|upon|off)\b/iu,
  /^\s+(?:it|this|that|them|him|her|(?:the|this|that|his|her|their|its)\s+\p{L}+)\s+(?:an?\s|[“"«])/iu,
];

const conceptOfWord = new Map<string, string>();
for (const [concept, words] of Object.entries(happeningConcepts)) for (const word of words) conceptOfWord.set(word, `#${concept}`);

/** The happening concept a word names (as a term, "#contact"), if any. */
export function conceptOf(word: string): string | undefined {
  return conceptOfWord.get(word.toLowerCase());
}
