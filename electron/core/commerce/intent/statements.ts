/**
 * A message that names a topic with no question word and no question mark may ask ("shipping to canada") or tell
 * ("shipping was quick last time", "cena uczciwa", "курьер только что приехал"). What tells, per language, on
 * normalised tokens (lowercase, no diacritics: "ł" is "l", "й" is "и"): a verb in the past tense, a word that judges
 * (fair, quick, soft…), or chat laughter. Only words no rule knows are looked at for past-tense endings, so a
 * product or topic word is never read as a verb.
 */

/** Past-tense verbs and auxiliaries said whole. */
const PAST_WORDS = new Set([
  // en
  'was',
  'were',
  'came',
  'arrived',
  'got',
  'took',
  'paid',
  'had',
  'did',
  'went',
  'bought',
  'ordered',
  'received',
  'sent',
  'shipped',
  // pl
  'byl',
  'byla',
  'bylo',
  'byly',
  'przyszedl',
  'przyszla',
  'doszla',
  'doszlo',
  'dotarla',
  'zaplacilam',
  'zaplacilem',
  'zaplacone',
  // ru
  'был',
  'была',
  'было',
  'были',
  'пришла',
  'пришел',
  'приехал',
  'оплатила',
  'оплатил',
  'оплачено',
  'получила',
  'получил',
  // kk
  'болды',
  'келді',
  'келдi',
  'төледім',
  'қоидым',
  'алдым',
  'жетті',
  // es
  'fue',
  'fueron',
  'llego',
  'llegaron',
  'pague',
  'compre',
  'pedi',
  'recibi',
  'vino',
  'tardo',
  'estuvo',
  // de
  'war',
  'waren',
  'hatte',
  'hab',
  'habe',
  'kam',
  'gekommen',
  'angekommen',
  'bezahlt',
  'geliefert',
  'bekommen',
]);

/** Past-tense endings of words no rule knows: Polish -ła/-ło/-li/-ły/-łam/-łem, Russian -ла/-ло/-ли/-л(ся), Kazakh -ды/-ді/-дым/-ған… */
const PAST_ENDINGS = [
  /^\p{Script=Latin}{2,}(?:la|lo|li|ly|lam|lem|las|les|edl)$/u,
  /^\p{Script=Cyrillic}{2,}(?:ла|ло|ли|лась|лось|лись|лся|ал|ел|ил|ыл|ул)$/u,
  /^\p{Script=Cyrillic}{2,}(?:ды|ді|ты|ті|дым|дім|тым|тім|дық|дік|тық|тік|ған|ген|қан|кен)$/u,
];

/** Words that judge rather than ask: "fair", "quick", "uczciwa", "нормальная", "дұрыс", "rapidísimo", "schnell". */
const JUDGING = new Set([
  'fair',
  'good',
  'great',
  'fine',
  'fast',
  'quick',
  'slow',
  'cheap',
  'pricey',
  'soft',
  'best',
  'worst',
  'fave',
  'favorite',
  'favourite',
  'reasonable',
  'uczciwa',
  'uczciwy',
  'uczciwe',
  'szybka',
  'szybki',
  'szybko',
  'blyskawiczna',
  'blyskawicznie',
  'wolno',
  'tania',
  'tani',
  'tanio',
  'miekki',
  'miekka',
  'miekciutki',
  'najlepszy',
  'najlepsza',
  'ulubiony',
  'ulubiona',
  'normalna',
  'normalny',
  'нормальная',
  'нормальный',
  'нормально',
  'хорошая',
  'хороший',
  'хорошо',
  'быстрая',
  'быстрои',
  'быстро',
  'медленно',
  'дешево',
  'дорого',
  'мягкои',
  'мягкая',
  'мягкии',
  'лучшии',
  'отличная',
  'отличныи',
  'самое',
  'выглядит',
  'дұрыс',
  'жақсы',
  'тез',
  'баяу',
  'арзан',
  'қымбат',
  'жұмсақ',
  'керемет',
  'көрінеді',
  'bien',
  'buena',
  'bueno',
  'rapido',
  'rapidisimo',
  'lento',
  'barato',
  'caro',
  'suave',
  'suavecita',
  'mejor',
  'justo',
  'genial',
  'gut',
  'besten',
  'besser',
  'better',
  'lepsza',
  'lepszy',
  'лучше',
  'жақсысы',
  'mejores',
  'schnell',
  'langsam',
  'billig',
  'teuer',
  'weich',
  'beste',
  'fair',
  'okay',
  'prima',
  'mega',
]);

/** Laughter and chat markers: a remark, not a question to the shop. */
const CHATTER = new Set(['lol', 'lmao', 'tbh', 'haha', 'hahaha', 'xd', 'jaja', 'jajaja', 'хаха', 'ахах', 'хахах', 'kek', '😂', '🤣']);

/** "last year", "w zeszłym roku", "в прошлом году", "өткен жылы", "el año pasado", "letztes jahr" (normalised): a story. */
const PAST_TIME = [
  ['last', 'year'],
  ['last', 'week'],
  ['last', 'time'],
  ['last', 'month'],
  ['last', 'summer'],
  ['last', 'winter'],
  ['zeszlym', 'roku'],
  ['zeszlym', 'tygodniu'],
  ['ostatnio'],
  ['прошлом', 'году'],
  ['прошлыи', 'раз'],
  ['в', 'прошлыи'],
  ['откен', 'жылы'],
  ['өткен', 'жылы'],
  ['өткен', 'жолы'],
  ['ano', 'pasado'],
  ['la', 'otra', 'vez'],
  ['letztes', 'jahr'],
  ['letztes', 'mal'],
  ['letzten', 'sommer'],
  // Round 8: a week or a month ago, in six languages.
  ['week', 'ago'],
  ['weeks', 'ago'],
  ['month', 'ago'],
  ['tydzien', 'temu'],
  ['miesiac', 'temu'],
  ['прошлои', 'неделе'],
  ['неделю', 'назад'],
  ['месяц', 'назад'],
  ['өткен', 'аптада'],
  ['откен', 'аптада'],
  ['апта', 'бұрын'],
  ['аи', 'бұрын'], // "ай" normalised: the breve is gone
  ['semana', 'pasada'],
  ['hace', 'una', 'semana'],
  ['hace', 'un', 'mes'],
  ['letzte', 'woche'],
  ['letzten', 'woche'],
  ['vor', 'einer', 'woche'],
  ['vor', 'einem', 'monat'],
  // Round 17: a year ago, and Kazakh's one word for "last year".
  ['year', 'ago'],
  ['rok', 'temu'],
  ['год', 'назад'],
  ['былтыр'],
  ['жыл', 'бұрын'],
  ['hace', 'un', 'ano'],
  ['vor', 'einem', 'jahr'],
];

const PAST_TIME_FIRST = new Map<string, string[][]>();
for (const phrase of PAST_TIME) {
  const first = phrase[0] as string;
  PAST_TIME_FIRST.set(first, [...(PAST_TIME_FIRST.get(first) ?? []), phrase]);
}

/** The buyer tells what they did before ("got mine in orange last year"): a story, no claim. */
export function tellsThePast(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const phrases = PAST_TIME_FIRST.get(tokens[k] as string);
    if (phrases?.some((phrase) => phrase.every((word, j) => tokens[k + j] === word))) return true;
  }
  return false;
}

/** English past tense of a word no rule knows: "loved", "liked", "wanted" (four letters or more before "-ed"). */
const ENGLISH_PAST = /^[a-z]{3,}ed$/;

/**
 * A verb in the past tense among the words no rule knows ("my daughter loved the red dress", "kupiłam", "брала"): what
 * the buyer tells happened, not a claim — when nothing else claims (no strong claim word, no code).
 */
export function toldInThePast(tokens: readonly string[], unknownAt: readonly number[]): boolean {
  // Kazakh words end in -ла/-ды/-кен without being past ("бала", "үлкен"): the endings are read in Polish and Russian only.
  const kazakh = tokens.some((t) => KAZAKH_LETTERS.test(t));
  for (const k of unknownAt) {
    const token = tokens[k] as string;
    if (PAST_WORDS.has(token) || ENGLISH_PAST.test(token)) return true;
    if (!kazakh && token.length >= 4 && (PAST_ENDINGS[0] as RegExp).test(token)) return true;
    if (!kazakh && token.length >= 4 && (PAST_ENDINGS[1] as RegExp).test(token)) return true;
  }
  return false;
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/u;

/**
 * Round 27: a purchase told in the first-person past ("kupiłam mamie B3 …, wyglądała …", "купила сестре D20 …, она носит …",
 * "compré A12 … y le encantó …", "bought my dad the E4 … and he …"): a story even beside a written code, when the message
 * goes on to tell more (three words or more no rule knows). German "gekauft" is left out: alone or beside values it is the
 * live "sold!" claim ("grau XL gekauft").
 */
const PURCHASED: ReadonlySet<string> = new Set([
  'kupilam',
  'kupilem',
  'kupilismy',
  'kupilysmy',
  'купила',
  'купил',
  'купили',
  'compre',
  'compramos',
  'bought',
]);
export function toldAPurchase(tokens: readonly string[], unknownAt: readonly number[]): boolean {
  if (unknownAt.length < 3) return false;
  for (const k of unknownAt) if (PURCHASED.has(tokens[k] as string)) return true;
  return false;
}

/**
 * Round 30: what a buyer or someone close has or wears, told with more after it ("B5 … już mam od was, polecam", "mój mąż ma
 * te R4 … i chwali", "менде E4 қара бар, …", "у мужа P88 …, держит неделю", "my mum has K9 brown and still uses it"): a
 * possession told, even beside a written code and its values, when no claim word is said and two words or more no rule knows
 * tell the rest (German "hat" is also a product noun, so any word counts). Polish "ma być" ("it should be") corrects.
 */
const POSSESSING: ReadonlySet<string> = new Set([
  'have',
  'has',
  'own',
  'owns',
  'wear',
  'wears',
  'mam',
  'ma',
  'mamy',
  'maja',
  'nosze',
  'nosi',
  'ношу',
  'носит',
  'носим',
  'tengo',
  'tiene',
  'tenemos',
  'tienen',
  'habe',
  'hab',
  'hat',
  'haben',
  'trage',
  'tragt',
]);
/** Russian "у меня", "у мужа": "у" before a person; Kazakh "менде", "анамда" (a person in the locative) before "бар". */
const AT_PERSON: ReadonlySet<string> = new Set([
  'меня',
  'нас',
  'него',
  'нее',
  'мужа',
  'жены',
  'мамы',
  'сестры',
  'дочки',
  'дочери',
  'подруги',
]);
const KAZAKH_HOLDER = /^(?:менде|бізде|сенде|\p{Script=Cyrillic}{2,}(?:мда|мде|ымда|імде))$/u;
export function toldAPossession(tokens: readonly string[], unknownAt: readonly number[]): boolean {
  if (unknownAt.length < 2) return false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as string;
    if (POSSESSING.has(token) && !(token === 'ma' && tokens[k + 1] === 'byc')) return true;
    if (AT_PERSON.has(token) && tokens[k - 1] === 'у') return true;
    if (token === 'бар' && tokens.some((t) => KAZAKH_HOLDER.test(t))) return true;
  }
  return false;
}

/** Round 24: a Kazakh first-person perfect, "алғанмын", "алғанбыз" (participle -ған/-ген/-қан/-кен, then I / we). */
// Round 26: and its colloquial first person, "алғам", "көргем", "жазғам" (= алғанмын).
const KAZAKH_PERFECT = /^\p{Script=Cyrillic}{2,}(?:(?:ған|ген|қан|кен)(?:мын|мін|быз|біз)|(?:ғам|гем|қам|кем))$/u;
/** "алған едім", "көрген едік": the participle, then "was" in the first person. */
const KAZAKH_PAST_PERFECT = /^\p{Script=Cyrillic}{2,}(?:ған|ген|қан|кен)$/u;
const WAS_FIRST_PERSON: ReadonlySet<string> = new Set(['едім', 'едік', 'едим', 'едик']);

/**
 * Round 24: what the buyer has done, told in a Kazakh perfect ("қызыма K3 алғанмын өткен айда", "C52 қара алған едім"): a
 * story even beside a written code — the claim is "аламын", "алдым", never "I have bought".
 */
export function toldAsAPerfect(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as string;
    if (token.length < 5) continue;
    if (KAZAKH_PERFECT.test(token)) return true;
    if (KAZAKH_PAST_PERFECT.test(token) && WAS_FIRST_PERSON.has(tokens[k + 1] as string)) return true;
  }
  return false;
}

/**
 * The buyer leaving the stream (normalised): "gotta go, picking up the kids", "muss los, kinder abholen", "lecę, odebrać dzieci",
 * "убегаю, надо забрать ребенка", "кеттім", "me voy, tengo que recoger a los niños": what they go to do is told, not asked.
 */
const LEAVING: readonly (readonly string[])[] = [
  ['gotta', 'go'],
  ['gotta', 'run'],
  ['got', 'to', 'go'],
  ['have', 'to', 'go'],
  ['g2g'],
  ['lece'],
  ['spadam'],
  ['uciekam'],
  ['musze', 'leciec'],
  ['убегаю'],
  ['побежала'],
  ['побежал'],
  ['ушла'],
  ['кеттім'],
  ['кеттик'],
  ['me', 'voy'],
  ['me', 'tengo', 'que', 'ir'],
  ['muss', 'los'],
  ['muss', 'weg'],
  ['bin', 'weg'],
  ['bin', 'raus'],
];

export const leaves = (tokens: readonly string[]) =>
  tokens.some((_, k) => LEAVING.some((phrase) => phrase.every((word, j) => tokens[k + j] === word)));

/** True when a topic-naming message without a question word tells rather than asks. */
export function tellsRatherThanAsks(tokens: readonly string[], unknownAt: readonly number[]): boolean {
  if (leaves(tokens)) return true;
  for (const token of tokens) if (PAST_WORDS.has(token) || JUDGING.has(token) || CHATTER.has(token)) return true;
  for (const k of unknownAt) {
    const token = tokens[k] as string;
    if (token.length >= 4 && PAST_ENDINGS.some((ending) => ending.test(token))) return true;
  }
  return false;
}

/**
 * Linking verbs and exclamatives (normalised): "the mint pyjamas ARE sweet", "der Schlafanzug IST zuckersüß", "бежевый түсі
 * ҚАНДАЙ сәнді", "сары юбка күн СИЯҚТЫ": a value named in such a sentence is described, not claimed. Read only when nothing
 * else claims (no claim word, no weak claim word, no code).
 */
const DESCRIBING = new Set([
  'is',
  'are',
  'was',
  'looks',
  'look',
  'jest',
  'sa',
  'byla',
  'byl',
  'wyglada',
  'wygladaja',
  'jak',
  'это',
  'выглядит',
  'смотрится',
  'была',
  'был',
  'как',
  'такой',
  'такая',
  'такое',
  'қандаи',
  'сияқты',
  'секілді',
  'екен',
  'болып',
  'es',
  'esta',
  'son',
  'parece',
  'era',
  'como',
  'ist',
  'sind',
  'sieht',
  'war',
  'wie',
]);

export const describes = (tokens: readonly string[]) => tokens.some((t) => DESCRIBING.has(t));

/** "who", "kto", "кто", "кім", "quién", "wer": a claim verb after it tells what someone else does ("kto normalny kupuje…"). */
const WHO = new Set(['who', 'whos', 'kto', 'кто', 'кім', 'quien', 'wer']);

export const asksWho = (tokens: readonly string[]) => WHO.has(tokens[0] as string);
