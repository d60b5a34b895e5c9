import { z } from 'zod';
import { command, HOST_ONLY, STAFF, LanguageSchema, MinorUnitsSchema } from './define';
import { ChatSourceConfigSchema } from './sources';
import { ShippingColumnsSchema } from './shipping-columns';

/** A word or phrase as the intent engine reads it (normalised like chat text; a trailing `*` makes a stem). */
const RuleWordSchema = z.string().trim().min(1).max(100);
const RuleWordsSchema = z.array(RuleWordSchema).max(500);
const RuleTopicSchema = z.enum(['price', 'size', 'stock', 'shipping', 'material', 'payment']);

/**
 * What a seller adds to one language's intent rules: any subset of the lists and maps of
 * electron/core/commerce/intent/rules/<lang>.json, appended to the built-in ones. Strict: a
 * misspelt list name is refused, not silently ignored.
 */
export const IntentRuleExtensionSchema = z
  .object({
    claim: RuleWordsSchema,
    claimWeak: RuleWordsSchema,
    notClaim: RuleWordsSchema,
    cancel: RuleWordsSchema,
    hypothetical: RuleWordsSchema,
    question: RuleWordsSchema,
    questionParticle: RuleWordsSchema,
    correction: RuleWordsSchema,
    negation: RuleWordsSchema,
    negationAfter: RuleWordsSchema,
    deictic: RuleWordsSchema,
    separator: RuleWordsSchema,
    filler: RuleWordsSchema,
    quantityUnit: RuleWordsSchema,
    sizeMarker: RuleWordsSchema,
    priceMarker: RuleWordsSchema,
    timeMarker: RuleWordsSchema,
    timeUnit: RuleWordsSchema,
    /** "two" -> 2. */
    numbers: z.record(RuleWordSchema, z.number().int().min(0).max(1000)),
    /** "medium" -> "M". */
    sizes: z.record(RuleWordSchema, RuleWordSchema),
    /** Canonical English value -> its words: `{ "red": ["czerwon*"] }`. */
    values: z.record(RuleWordSchema, RuleWordsSchema),
    topics: z.partialRecord(RuleTopicSchema, RuleWordsSchema),
  })
  .partial()
  .strict();
export type IntentRuleExtensionSettings = z.infer<typeof IntentRuleExtensionSchema>;

/** How a parcel travels: to a parcel locker (InPost Paczkomat …), by courier, or picked up by the buyer. */
export const ShippingKindSchema = z.enum(['locker', 'courier', 'pickup']);
export type ShippingKind = z.infer<typeof ShippingKindSchema>;

/** One of the seller's delivery methods; a cart keeps the method's price as it was when chosen. */
export const ShippingMethodSchema = z.object({
  /** Stable key carts refer to (e.g. 'inpost-locker'). */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, 'lower-case letters, digits, - and _'),
  name: z.string().trim().min(1).max(80),
  kind: ShippingKindSchema,
  priceMinor: MinorUnitsSchema.min(0),
  /** Goods of at least this much ship free; null: never free. */
  freeOverMinor: MinorUnitsSchema.min(0).nullable().default(null),
});
export type ShippingMethod = z.infer<typeof ShippingMethodSchema>;

/**
 * Every setting of the studio, with defaults. Secrets (OBS password, platform
 * tokens, API keys) are never here: they live in the secret store.
 */
export const SettingsSchema = z.object({
  ui: z.object({ language: z.enum(['en', 'pl', 'kk']).default('en') }).prefault({}),
  obs: z
    .object({
      url: z.string().default('ws://127.0.0.1:4455'),
      enabled: z.boolean().default(false),
      /** Switch to the lineup item's scene when featuring it. */
      followLineupScenes: z.boolean().default(false),
    })
    .prefault({}),
  overlay: z
    .object({
      theme: z.enum(['midnight', 'daylight']).default('midnight'),
      position: z.enum(['lower-third', 'side-card']).default('lower-third'),
      brandColor: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .default('#ff4f8b'),
      font: z.string().max(80).default('Inter, system-ui, sans-serif'),
    })
    .prefault({}),
  commerce: z
    .object({
      autoReplies: z.boolean().default(false),
      thankYous: z.boolean().default(true),
      /** Extra words per language that the seller added to the intent rules. */
      extraIntentRules: z.partialRecord(LanguageSchema, IntentRuleExtensionSchema).default({}),
    })
    .prefault({}),
  network: z.object({ lanAccess: z.boolean().default(false) }).prefault({}),
  /** The seller's delivery methods, with prices in the shop currency (a cart is charged once per parcel). */
  shipping: z
    .object({
      methods: z
        .array(ShippingMethodSchema)
        .max(50)
        .refine((methods) => new Set(methods.map((m) => m.id)).size === methods.length, 'method ids must be unique')
        .default([]),
    })
    .prefault({}),
  /** The carriers' sheets (issue 13): a preset's columns as the seller mapped them (a preset left out uses its built-in columns). */
  shippingExport: z
    .object({
      columns: z
        .object({ generic: ShippingColumnsSchema, inpost: ShippingColumnsSchema, kazpost: ShippingColumnsSchema })
        .partial()
        .strict()
        .default({}),
    })
    .prefault({}),
  /**
   * Payment deadlines (from the moment the payment request is marked sent) and when a show's carts
   * close. autoRelease: at the deadline, while the studio runs, unpaid lines are released by
   * themselves; releases that fell due while it was closed (or with this off) wait for the seller.
   */
  deadlines: z
    .object({
      reminderHours: z
        .number()
        .positive()
        .max(24 * 30)
        .default(12),
      releaseHours: z
        .number()
        .positive()
        .max(24 * 60)
        .default(24),
      autoRelease: z.boolean().default(true),
      /** A show's carts close this many days after it ended: its waitlists end then. */
      cartsCloseDays: z.number().int().min(0).max(90).default(3),
    })
    .prefault({}),
  /** Chat sources started at every start (addresses only; their tokens are in the secret store). */
  chat: z.object({ sources: z.array(ChatSourceConfigSchema).default([]) }).prefault({}),
});
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * settings.update's input: any top-level sections, each whole; a section left
 * out stays as stored. Not `SettingsSchema.partial()`: zod 4 applies a
 * section's prefault even under partial, so every update reset the sections
 * it did not name to their defaults.
 */
const s = SettingsSchema.shape;
export const SettingsPatchSchema = z.object({
  ui: s.ui.unwrap().optional(),
  obs: s.obs.unwrap().optional(),
  overlay: s.overlay.unwrap().optional(),
  commerce: s.commerce.unwrap().optional(),
  network: s.network.unwrap().optional(),
  shipping: s.shipping.unwrap().optional(),
  deadlines: s.deadlines.unwrap().optional(),
  shippingExport: s.shippingExport.unwrap().optional(),
});

export const settingsCommands = {
  'settings.get': command({
    summary: 'All settings (never secrets).',
    input: z.object({}).strict(),
    output: SettingsSchema,
    roles: STAFF,
  }),
  'settings.update': command({
    summary: 'Change some top-level sections of the settings (chat sources: chat.sources.*).',
    // Sources are not written here: adding one starts a connector and stores its secret (chat.sources.add).
    input: SettingsPatchSchema,
    output: SettingsSchema,
    roles: HOST_ONLY,
  }),
} as const;
