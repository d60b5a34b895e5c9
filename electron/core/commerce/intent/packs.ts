import type { CatalogIndex, OptionRef } from './catalog-index';
import { codeKey, normalizeText, tokenize } from './normalize';
import type { ClassifyResult } from './types';

/**
 * Round 18 (issue 17): a product sold in packs of pieces ("2 pcs", "4 pcs") is claimed by the pack's size said as buyers
 * say it — "4pc", "2 szt", "4 шт", "3 дана", "de 2 piezas", "4 Stück", "a 4 pack", "pack of 4", "paczka po 4", "4er" —
 * which read alone would be a count. A count of packs said beside it ("2 packs of 4", "2 paczki po 4") stays the quantity.
 * Only sizes the product is sold in, and only when the claim has not named its pack already.
 */

/** Words for pieces after a number (normalised). */
const PIECES = new Set([
  'pc',
  'pcs',
  'piece',
  'pieces',
  'szt',
  'sztuk',
  'sztuki',
  'sztuka',
  'шт',
  'штук',
  'штуки',
  'штука',
  'штучки',
  'дана',
  'pieza',
  'piezas',
  'pzas',
  'stuck',
  'stk',
  'teile',
]);
/** One pack, before "of N" or after "a N" (normalised). */
const PACK = new Set(['pack', 'paczka', 'paczke', 'opakowanie', 'упаковка', 'упаковку', 'пачка', 'пачку', 'paquete', 'packung', 'set']);
/** Several packs, after their count (normalised): "2 packs", "2 paczki", "2 уп". */
const PACKS = new Set([
  'packs',
  'paczki',
  'paczek',
  'opakowania',
  'упаковки',
  'упаковок',
  'пачки',
  'пачек',
  'уп',
  'paquetes',
  'packungen',
  'sets',
]);
/** "of" between a pack and its size (normalised): "pack of 4", "paczka po 4", "упаковка по 4", "pack de 4", "packung mit 4". */
const OF = new Set(['of', 'po', 'по', 'de', 'mit', 'a']);
const DIGITS = /^\d{1,3}$/;
/** A pack's size glued to its word: "4pc", "2szt", "2шт", "4er", "4pack". */
const GLUED = /^(\d{1,3})(?:pcs?|szt|шт|er|pack|pk)$/u;
/** A catalog value that is a pack of pieces. */
const PACK_VALUE = /^(\d{1,3})\s*(?:pcs?|pieces?)$/iu;

function packSizes(values: ReadonlyMap<string, OptionRef>): Map<number, OptionRef> {
  const sizes = new Map<number, OptionRef>();
  for (const ref of values.values()) {
    const n = PACK_VALUE.exec(ref.value)?.[1];
    if (n) sizes.set(Number(n), ref);
  }
  return sizes;
}

/** The pack size said in `tokens` and the count of packs, if any. */
function saidPack(tokens: readonly string[]): { size: number; packs: number | null } | null {
  let size: number | null = null;
  let packs: number | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as string;
    const next = tokens[k + 1];
    const glued = GLUED.exec(token);
    if (glued) size ??= Number(glued[1]);
    else if (DIGITS.test(token) && next !== undefined && (PIECES.has(next) || next === 'pack')) size ??= Number(token);
    else if (DIGITS.test(token) && next !== undefined && PACKS.has(next)) packs ??= Number(token);
    else if ((PACK.has(token) || (PACKS.has(token) && next !== undefined && OF.has(next))) && next !== undefined) {
      // "pack of 4", "paczka 4", and after a count of packs: "2 packs of 4", "2 paczki po 4".
      const n = OF.has(next) ? tokens[k + 2] : next;
      if (n !== undefined && DIGITS.test(n)) size ??= Number(n);
    }
  }
  return size === null ? null : { size, packs };
}

export function withPackOfPieces(result: ClassifyResult, message: string, index: CatalogIndex): ClassifyResult {
  if (result.intent !== 'order' || !result.code || result.items || result.correction) return result;
  const product = index.byCode.get(codeKey(result.code));
  if (!product) return result;
  const sizes = packSizes(product.values);
  if (sizes.size === 0) return result;
  const option = [...sizes.values()][0]!.name;
  if (result.options[option] !== undefined) return result;
  const said = saidPack(tokenize(normalizeText(message)));
  const ref = said ? sizes.get(said.size) : undefined;
  if (!said || !ref) return result;
  const quantity = said.packs ?? (result.quantity === said.size ? 1 : result.quantity);
  return { ...result, options: { ...result.options, [option]: ref.value }, quantity };
}
