/** What a chat message asks the shop to do. */
export type Intent = 'order' | 'cancel' | 'question' | 'other';

/** What a question is about; null unless the intent is `question`. */
export type Topic = 'price' | 'size' | 'stock' | 'shipping' | 'material' | 'payment' | 'other';

/** Option name -> value, spelled exactly as in the catalog: `{ Size: 'M', Color: 'Red' }`. */
export type OptionValues = Record<string, string>;

/** One claimed item of a message. */
export interface ClaimItem {
  /** Catalog code, or the featured product's, or null when the message names no product. */
  code: string | null;
  options: OptionValues;
  quantity: number;
}

/**
 * "I meant L not M": the buyer amends their last claim. `to` holds the values to set
 * (also copied to `options`), `from` the values they replace when the message names them.
 */
export interface Correction {
  from: OptionValues;
  to: OptionValues;
}

export interface ClassifyResult {
  intent: Intent;
  /** order: written code, else featured; question: written code, else featured; cancel: written code (or featured when pointed at). */
  code: string | null;
  options: OptionValues;
  /** Quantity of the (first) item; null unless an order. A correction has one only when the message states it. */
  quantity: number | null;
  topic: Topic | null;
  /** Every claimed item when the message claims more than one; the first also fills code/options/quantity. */
  items?: ClaimItem[];
  /** Present when an order message corrects the buyer's last claim instead of making a new one. */
  correction?: Correction;
  /** Best guess of the message's language (a rule-set language code), when any rule word matched. */
  language?: string;
  /**
   * How sure the engine is of this reading, 0..1. An order below LOW_CONFIDENCE never takes stock
   * on its own: it is held for a moderator (hold reason `low_confidence`).
   */
  confidence: number;
  /** Why: what the reading rests on and what made it doubtful ("claim word 'sold', code written; typo slod->sold"). */
  reason: string;
  /** The same reason as codes and parameters (for the moderator's language); `reason` is its English. */
  reasons?: Reasons;
}

/** One phrase of a reason, as a code and its parameters: the review panel shows it in the moderator's language. */
export interface ReasonPart {
  code:
    | 'correctionAfterCancel'
    | 'correction'
    | 'claimWord'
    | 'weakClaimWord'
    | 'codeAndOptions'
    | 'optionsOnly'
    | 'codeWritten'
    | 'productOnScreen'
    | 'noProduct'
    | 'unknownCode'
    | 'complimentBeside'
    | 'questionBeside'
    | 'cancelWordProduct'
    | 'cancelWord'
    | 'questionAbout'
    | 'question'
    | 'conditional'
    | 'complimentNoClaim'
    | 'toViewers'
    | 'noClaim'
    | 'claimWordNotTaken'
    | 'typo'
    | 'unknownWords'
    | 'learned'
    | 'confirmationAsked'
    | 'confirmationHesitated';
  params?: Record<string, string | number>;
}

/** What a reading rests on and what made it doubtful, coded. */
export interface Reasons {
  grounds: ReasonPart[];
  doubts: ReasonPart[];
}

export interface ClassifyContext {
  /** The product on screen: what "SOLD", "this one", "to", "осы" refer to. */
  featuredCode?: string | null;
  /**
   * The buyer was just asked by the host or a moderator ("@anna, the M?"), or hesitated themselves
   * ("hmm not sure"): a bare "yes" / "tak" / "да" / "иә" now claims `code` (else the featured product),
   * with `options` when the question named them (issue 17).
   */
  confirming?: { why: 'asked' | 'hesitated'; code: string | null; options?: OptionValues } | null;
}

/**
 * The part of a catalog product the engine reads. A structural subset of the contract's
 * `Product`, so contract products can be passed as they are.
 */
export interface CatalogProductLike {
  code: string;
  title?: string;
  optionNames: readonly string[];
  variants: readonly { options: readonly string[] }[];
}
