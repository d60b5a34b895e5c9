import type { TFunction } from 'i18next';

/**
 * The words rows show, looked up once per language and value: a row renders without i18n lookups of its own.
 * i18next resolves every call through the language chain and plural rules (~0.1 ms each on a cold page), and a
 * cold window's first render draws ~30 rows of six words each, all from a handful of keys.
 */
export interface RowWords {
  word: (key: string, options?: { count?: number; defaultValue?: string }) => string;
  selectCart: (buyer: string) => string;
}

const BUYER_SLOT = '\u0000buyer\u0000';

export function rowWords(t: TFunction): RowWords {
  const looked = new Map<string, string>();
  const word: RowWords['word'] = (key, options) => {
    const id = options?.count === undefined ? key : `${key}\u0000${options.count}`;
    let text = looked.get(id);
    if (text === undefined) {
      text = t(key, options ?? {});
      looked.set(id, text);
    }
    return text;
  };
  const template = t('review.selectCart', { buyer: BUYER_SLOT });
  return { word, selectCart: (buyer) => template.split(BUYER_SLOT).join(buyer) };
}
