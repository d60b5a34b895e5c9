import type { Product, Settings } from '../../../shared/contract';
import { listProducts } from '../store/catalog';
import { listIntentExamples } from '../store/intent-examples';
import { dataVersion, type Db } from '../store/db';
import type { StudioEvents } from '../events';
import {
  buildCatalogIndex,
  sellerRules,
  type CatalogIndex,
  type IntentRuleExtension,
  type LearnedExample,
  type OptionValues,
} from './intent';
import type { CommerceLog } from './log';

export interface ProductView {
  id: number;
  code: string;
  title: string;
  optionNames: readonly string[];
  variants: readonly { id: number; options: readonly string[] }[];
}

export interface CatalogSnapshot {
  index: CatalogIndex;
  byCode: Map<string, ProductView>;
  byId: Map<number, ProductView>;
}

export function snapshotOf(
  products: readonly Product[],
  extraRules: readonly IntentRuleExtension[] = [],
  examples: readonly LearnedExample[] = [],
): CatalogSnapshot {
  const views: ProductView[] = products.map((p) => ({
    id: p.id,
    code: p.code,
    title: p.title,
    optionNames: p.optionNames,
    variants: p.variants.map((v) => ({ id: v.id, options: v.options })),
  }));
  return {
    index: buildCatalogIndex(views, { extraRules, examples }),
    byCode: new Map(views.map((v) => [v.code.toLowerCase(), v])),
    byId: new Map(views.map((v) => [v.id, v])),
  };
}

export interface CatalogViewDeps {
  db: Db;
  events: StudioEvents;
  /** settings.commerce.extraIntentRules, read at each rebuild. */
  extraIntentRules: () => Settings['commerce']['extraIntentRules'];
  log: CommerceLog;
}

/**
 * The catalog as the intent engine needs it, built once and rebuilt only when
 * the catalog changed (catalog.changed: an edit, an import), the seller's
 * extra intent words changed (settings.changed), a moderator taught or deleted a
 * labelled example (parser.examplesChanged), or another process committed
 * to the file (SQLite's data_version moved: a CLI import).
 */
export class CatalogView {
  private snapshot: CatalogSnapshot | null = null;
  private dataVersion = -1;
  private readonly unsubscribe: (() => void)[];

  constructor(private readonly deps: CatalogViewDeps) {
    this.unsubscribe = [
      deps.events.subscribe((name) => {
        // The moderators' labelled examples (issue 17) are part of what the engine reads.
        if (name === 'catalog.changed' || name === 'parser.examplesChanged') this.invalidate();
      }),
      deps.events.internal.subscribe('settings.changed', ({ sections }) => {
        if (sections.includes('commerce')) this.invalidate();
      }),
    ];
  }

  invalidate(): void {
    this.snapshot = null;
  }

  get(): CatalogSnapshot {
    const version = dataVersion(this.deps.db);
    if (version !== this.dataVersion) {
      this.dataVersion = version;
      this.snapshot = null;
    }
    this.snapshot ??= snapshotOf(listProducts(this.deps.db), this.extraRules(), listIntentExamples(this.deps.db));
    return this.snapshot;
  }

  /** The seller's rules that can be used; a bad one is left out and logged (never a reason to stop claims). */
  private extraRules(): IntentRuleExtension[] {
    const { rules, rejected } = sellerRules(this.deps.extraIntentRules());
    for (const r of rejected) this.deps.log('warn', `commerce: seller intent rules for ${r.language} left out: ${r.reason}`, { ...r });
    return rules;
  }

  byCode(code: string | null): ProductView | null {
    return code === null ? null : (this.get().byCode.get(code.toLowerCase()) ?? null);
  }

  /** Stops following catalog changes. */
  close(): void {
    for (const stop of this.unsubscribe) stop();
  }
}

/** The variant the options name: the only one matching them all, or the only one the product has; null when they leave a choice. */
export function resolveVariant(product: ProductView, options: OptionValues): { id: number; options: readonly string[] } | null {
  if (product.variants.length === 1) return product.variants[0] ?? null;
  const matching = product.variants.filter((v) =>
    product.optionNames.every((name, i) => options[name] === undefined || options[name] === v.options[i]),
  );
  return matching.length === 1 ? (matching[0] ?? null) : null;
}

/** A variant's values as `{ Size: 'M' }`. */
export function optionsOf(product: ProductView, variantOptions: readonly string[]): OptionValues {
  const out: OptionValues = {};
  product.optionNames.forEach((name, i) => {
    const v = variantOptions[i];
    if (v !== undefined && v !== '') out[name] = v;
  });
  return out;
}
