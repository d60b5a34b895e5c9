import type { TopicEntry } from './compile-rules';
import type { PhraseMatcher } from './phrase-matcher';
import type { Topic } from './types';

/**
 * When a question names several topics, the more specific one wins: "how much is shipping" is
 * about shipping, "what sizes do you have" about sizes, not stock. How a product is cared for (washing, drying,
 * ironing, wrinkling: the rules' `other` topic words) is asked about the care, not the material it names ("does linen
 * wrinkle", "can the cotton one go in the dryer"): the independent held-out sets label it `other`.
 */
const PRIORITY: readonly Topic[] = ['shipping', 'payment', 'other', 'material', 'price', 'size', 'stock'];

const ARRIVE_STEMS = new Set(['kommt', 'kommen', 'komme']);
/** "kommt das bis weihnachten an", "kommen die noch vor dem 20. an": "kommt" … "an" closing the question. */
const arrives = (tokens: readonly string[]) => {
  const end = tokens[tokens.length - 1] === '?' ? tokens.length - 2 : tokens.length - 1;
  return tokens[end] === 'an' && tokens.slice(0, end).some((t) => ARRIVE_STEMS.has(t));
};

/** "How long" as the shipping topics list it (normalised): the time of whatever else the question names. */
const HOW_LONG: ReadonlySet<string> = new Set([
  'how long',
  'jak dlugo',
  'как долго',
  'wie lange',
  'cuanto tarda',
  'cuanto dura',
  'канша уакыт',
  'қанша уақыт',
]);

/** Words that ask "how much" or "how many" (normalised): a price on their own, a count next to a stock word. */
export const HOW_MANY: ReadonlySet<string> = new Set([
  'ile',
  'сколько',
  'skolko',
  'қанша',
  'qansha',
  'kansha',
  'cuanto',
  'cuantos',
  'cuantas',
  'wieviel',
  'wieviele',
]);

/**
 * Collecting the parcel in person (normalised first words of the rules' pickup phrases): "pick it up", "odbiór osobisty",
 * "самовывоз", "өзім барып алу", "recoger", "abholen". Beside a payment word it is when the buyer pays, and the payment is asked.
 */
const PICKUP =
  /^(?:pick|pickup|collect|collection|odbior|odebrac|osobisc|самовывоз|забрать|лично|өзім|барып|recog|abhol|selbst|personlich)/u;

/**
 * Round 29: inch words (normalised), which the topics list as size words (and German "zoll", customs, as shipping): right
 * after a number they are the unit of a size named ("is there a 16 inch one", "macie jeszcze 17 cali", "habt ihr 15 zoll
 * noch da"), not the size or the customs asked.
 */
const INCH_WORDS: ReadonlySet<string> = new Set([
  'inch',
  'inches',
  'cali',
  'cal',
  'calowy',
  'calowe',
  // Normalised: "й" has lost its breve.
  'дюим',
  'дюима',
  'дюимов',
  'дюимах',
  'дюимовыи',
  'дюимдік',
  'дюимдігі',
  'pulgada',
  'pulgadas',
  'zoll',
]);

function unitAfterNumber(tokens: readonly string[], at: number, length: number): boolean {
  const before = tokens[at - 1];
  // A number the product sells is blanked before the lookup (`withoutSoldNumbers`): an empty word before counts too.
  return (
    length === 1 &&
    before !== undefined &&
    (before === '' || isDigitCode(before.charCodeAt(before.length - 1))) &&
    INCH_WORDS.has(tokens[at] as string)
  );
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

export function pickTopic(tokens: readonly string[], topics: PhraseMatcher<TopicEntry>): Topic | null {
  let best = PRIORITY.length;
  let bestBesidesPrice = PRIORITY.length;
  let stock = false;
  let priceBeyondCount = false;
  let payment = false;
  let shippingBesidesPickup = false;
  let sizeAsked = false;
  // Round 16: "how long does the big one burn", "wie lange brennt": "how long" is a delivery's time only when nothing else is timed.
  let shippingBesidesHowLong = false;
  let other = false;
  for (let i = 0; i < tokens.length;) {
    const match = topics.match(tokens, i);
    if (!match || intensifies(tokens, i, match.length, topics) || unitAfterNumber(tokens, i, match.length)) {
      i++;
      continue;
    }
    for (const entry of match.entries) {
      best = Math.min(best, PRIORITY.indexOf(entry.topic));
      if (entry.topic !== 'price') bestBesidesPrice = Math.min(bestBesidesPrice, PRIORITY.indexOf(entry.topic));
      if (entry.topic === 'stock') stock = true;
      if (entry.topic === 'size' && !SIZE_ADJECTIVE.test(tokens[i - 1] ?? '')) sizeAsked = true;
      if (entry.topic === 'payment') payment = true;
      if (entry.topic === 'shipping' && !PICKUP.test(tokens[i] as string)) shippingBesidesPickup = true;
      if (entry.topic === 'shipping' && !HOW_LONG.has(tokens.slice(i, i + match.length).join(' '))) shippingBesidesHowLong = true;
      if (entry.topic === 'other') other = true;
      if (entry.topic === 'price' && !(match.length === 1 && HOW_MANY.has(tokens[i] as string))) priceBeyondCount = true;
    }
    i += match.length;
  }
  if (PRIORITY[best] === 'shipping' && other && !shippingBesidesHowLong) return 'other';
  // Round 24: "is the mesh one more expensive than the leather", "силиконовый дешевле кожаного": materials compared by
  // price ask the price, not what they are made of.
  if (PRIORITY[best] === 'material' && comparesPrices(tokens)) return 'price';
  // German "kommt das bis weihnachten an?": the separable "an|kommen" (to arrive) asks the delivery.
  if (arrives(tokens)) return 'shipping';
  // "ringgröße", "handschuhgröße", "schuhgröße": a German compound of a size word asks the size (round 23: in the plural too,
  // "welche ringgrößen habt ihr").
  // Beside "gibt es", "habt ihr" (stock) it still asks the size.
  const sizeCompound = tokens.some((t) => t.length > 6 && (t.endsWith('große') || t.endsWith('grosse') || t.endsWith('grossen')));
  if ((best === PRIORITY.length || PRIORITY[best] === 'stock') && sizeCompound) return 'size';
  // "can i pay cash when i pick it up", "puedo pagar en efectivo al recoger": paying at pickup asks the payment.
  if (PRIORITY[best] === 'shipping' && payment && !shippingBesidesPickup) return 'payment';
  // "сколько кружек осталось", "ile zostało kubków": "how many" with a word for what is left asks about stock, not price.
  if (PRIORITY[best] === 'price' && stock && !priceBeyondCount) return 'stock';
  // "кружканың көлемі қанша", "M мен L-дің ұзындығы қанша": "how much" of a size word asks the size.
  // "a ile ta pościel w dużym rozmiarze": a size word after big/small names the variant whose price is asked.
  if (PRIORITY[best] === 'price' && !priceBeyondCount && PRIORITY[bestBesidesPrice] === 'size' && sizeAsked) return 'size';
  return PRIORITY[best] ?? null;
}

/** Round 24: words comparing prices (normalised): cheaper, droższy, дешевле, қымбат, barata, teurer. */
const PRICE_COMPARED: ReadonlySet<string> = new Set([
  'cheaper',
  'pricier',
  'drozszy',
  'drozsza',
  'drozsze',
  'tanszy',
  'tansza',
  'tansze',
  'drozej',
  'taniej',
  'дороже',
  'дешевле',
  'қымбат',
  'қымбатырақ',
  'арзан',
  'арзанырақ',
  'barato',
  'barata',
  'baratos',
  'baratas',
  'teurer',
  'billiger',
  'gunstiger',
]);
/** "more expensive", "más caro": a price word after more or less. */
const MORE: ReadonlySet<string> = new Set(['more', 'less', 'mas', 'menos']);
const PRICED: ReadonlySet<string> = new Set(['expensive', 'caro', 'cara', 'caros', 'caras']);
const comparesPrices = (tokens: readonly string[]) =>
  tokens.some((t, k) => PRICE_COMPARED.has(t) || (PRICED.has(t) && MORE.has(tokens[k - 1] as string)));

/** Round 23: what joins two questions in one message (normalised): "and", "i", "и", "und", "y", "және", a comma, a mark. */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'i', 'и', 'und', 'y', 'және', 'жане', ',', '?']);

/**
 * Round 23: two questions in one message, each about its own topic ("почем трио и доставка сколько", "L30 ile za komplet 6 i
 * czy to czysty len", "ist der ring echt silber und was kostet der"): the first asked is the message's topic. The first
 * join whose clause before it names a topic decides; a second clause about the same topic, or none, or a first about
 * stock ("is there", said to open), leaves the whole message to `pickTopic`.
 */
export function firstTopicAsked(tokens: readonly string[], topics: PhraseMatcher<TopicEntry>): Topic | null {
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!CLAUSE_JOINS.has(tokens[k] as string)) continue;
    const first = pickTopic(tokens.slice(0, k), topics);
    if (first === null) continue;
    // "білетін бар ма, …" (anyone know…): "is there" before another question opens it, it asks after no stock.
    if (first === 'stock') break;
    const second = pickTopic(tokens.slice(k + 1), topics);
    if (second !== null && second !== first) return first;
    break;
  }
  return pickTopic(tokens, topics);
}

/** Token indexes from `from` on that lie inside a topic phrase of two or more words ("run small", "true to size"). */
export function topicSpans(tokens: readonly string[], from: number, topics: PhraseMatcher<TopicEntry>): Set<number> {
  const covered = new Set<number>();
  for (let i = from; i < tokens.length;) {
    const match = topics.match(tokens, i);
    if (!match) {
      i++;
      continue;
    }
    if (match.length > 1) for (let k = i; k < i + match.length; k++) covered.add(k);
    i += match.length;
  }
  return covered;
}

/**
 * Returns, refunds, exchanges and warranties (normalised stems): the shop's after-sale policy. A question naming one asks
 * about that policy ("can I return it if it doesn't fit", "a gwarancja na buty jest"; "contra reembolso" is cash on delivery, so no refund stem), whatever size or stock word it
 * also names, so its topic is `other`.
 */
const AFTER_SALE =
  /^(?:return|refund|exchang|zwrot|zwroc|oddac|odesla|wymian|wymien|reklamac|gwarancj|возвр|верну|вернут|обмен|гаранти|қаитар|каитар|кайтар|ауыстыр|айырбас|кепілдік|devol|devuel|cambi|garanti|ruckgab|zuruckgeb|zuruckschick|zurucksend|umtausch|umtausc|erstatt|widerruf)/u;

export const asksAfterSale = (tokens: readonly string[]) => tokens.some((t) => AFTER_SALE.test(t));

/**
 * Words of genuineness that are also intensifiers (normalised): "real", "echt", Spanish "de verdad". Before a word that names
 * no topic they say how much ("real pretty", "ist echt schön", "24,99 ist echt fair", "precioso de verdad" stays genuine only
 * at the end); before a material or closing the message they ask whether it is genuine ("real leather", "ist das echt").
 */
const INTENSIFIERS: ReadonlySet<string> = new Set(['real', 'echt', 'verdad']);
const LETTER = /^\p{L}/u;
/** "ist das wildleder echt oder kunst": "or" after the word sets genuine against fake. */
const OR: ReadonlySet<string> = new Set(['or', 'czy', 'albo', 'или', 'әлде', 'o', 'oder']);

function intensifies(tokens: readonly string[], at: number, length: number, topics: PhraseMatcher<TopicEntry>): boolean {
  const last = tokens[at + length - 1] as string;
  if (!INTENSIFIERS.has(last)) return false;
  const next = tokens[at + length];
  return next !== undefined && LETTER.test(next) && !OR.has(next) && !topics.match(tokens, at + length);
}

/** Big or small, and their comparatives (normalised stems): before a size word they name a variant ("w dużym rozmiarze", "the bigger size"). */
const SIZE_ADJECTIVE =
  /^(?:big|bigger|biggest|large|larger|largest|small|smaller|smallest|duz|wieksz|najwieksz|mal(?:y|ym|ej|a)$|mniejsz|najmniejsz|больш|маленьк|меньш|үлкен|улкен|кіші|киши|grande|pequen|mayor|menor|gross|grosser|klein)/u;
