import { normalizeText, tokenize } from './normalize';

/** Words that carry the "yes": a confirmation needs one of them, not only "please" or "it". */
const YES = new Set([
  'yes',
  'yeah',
  'yep',
  'yup',
  'yess',
  'sure',
  'ok',
  'okay',
  'k',
  'deal',
  'y',
  'tak',
  'jasne',
  'pewnie',
  'dobra',
  'oczywiscie',
  'да',
  'ага',
  'угу',
  'конечно',
  'давайте',
  'давай',
  'ладно',
  'хорошо',
  'ок',
  'иә',
  'ия',
  'йә',
  'жарайды',
  'әрине',
  'болады',
  'иа',
  'si',
  'claro',
  'vale',
  'dale',
  'venga',
  'ja',
  'klar',
  'jawohl',
  'gerne',
  'gern',
  'jo',
  'jep',
]);

/** Words that may stand beside a "yes" in a confirmation ("ok please", "tak poproszę", "да давай"). */
const BESIDE_YES = ['please', 'go', 'do', 'it', 'no', 'poprosze', 'ну', 'va', 'porfa', 'bitte'];

/**
 * Short confirmations in the six languages, normalised ("sí" -> "si"): alone they say nothing, but
 * right after the host or a moderator asked that buyer, or after the buyer's own hesitation, they
 * claim the product in context (issue 17).
 */
const CONFIRMATIONS = new Set([...YES, ...BESIDE_YES]);

const PUNCTUATION_OR_EMOJI = /^(?:[!,.?]|\p{Extended_Pictographic})$/u;

/** "yes", "tak!", "да да", "ok please 🙏": one to four confirmation words and nothing else. */
export function isBareConfirmation(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => !PUNCTUATION_OR_EMOJI.test(t));
  return words.length >= 1 && words.length <= 4 && words.every((w) => CONFIRMATIONS.has(w)) && words.some((w) => YES.has(w));
}

/** The cheap test the engine runs on every message before it looks at the chat before it. */
export function looksLikeConfirmation(text: string): boolean {
  return text.length <= 40 && isBareConfirmation(tokenize(normalizeText(text)));
}

/** A buyer thinking aloud: "hmm", "not sure", "zastanawiam się", "не знаю", "білмеймін", "no sé", "weiß nicht". */
const HESITATIONS = [
  'hmm',
  'hm',
  'mmm',
  'not sure',
  'thinking',
  'idk',
  'maybe',
  'should i',
  'zastanawiam sie',
  'nie wiem',
  'moze',
  'hmm',
  'sama nie wiem',
  'хм',
  'не знаю',
  'думаю',
  'может',
  'подумаю',
  'сомневаюсь',
  'брать или нет',
  'білмеймін',
  'ойланып',
  'мүмкін',
  'алсам ба',
  'no se',
  'quizas',
  'tal vez',
  'lo pienso',
  'dudo',
  'weiss nicht',
  'vielleicht',
  'uberlege',
  'mal sehen',
  'soll ich',
].map((phrase) => tokenize(normalizeText(phrase)));

export function isHesitation(text: string): boolean {
  const tokens = tokenize(normalizeText(text.replace(/\b(h?m{3,})\b/giu, 'hmm')));
  return HESITATIONS.some((phrase) => tokens.some((_, i) => phrase.every((w, k) => tokens[i + k] === w)));
}

/** A staff message speaks to this buyer: "@anna", "anna," or "Anna?" — by the name the chat shows. */
export function addressesBuyer(text: string, name: string): boolean {
  const who = normalizeText(name.replace(/^@/, ''));
  if (who.length < 2) return false;
  const tokens = tokenize(normalizeText(text.replace(/@/g, ' ')));
  return tokens.includes(who);
}
