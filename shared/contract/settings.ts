import { z } from 'zod';
import { command, event, HOST_ONLY, STAFF, LanguageSchema, MinorUnitsSchema } from './define';
import { ChatSourceConfigSchema } from './sources';
import { ShippingColumnsSchema } from './shipping-columns';
import { patternProblem } from '../domain/invoices';

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
    compliment: RuleWordsSchema,
    audience: RuleWordsSchema,
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

/** A product's own tax rate (by its code), when it differs from the shop's default (books 5 %, food 8 % …). */
export const ProductTaxRateSchema = z.object({
  productCode: z.string().trim().min(1).max(40),
  ratePercent: z.number().min(0).max(100),
});

/**
 * Invoices and payment requests (issue 12): the seller's details, numbering, tax and how buyers pay.
 * Numbers: `numberPattern` with {YYYY} {YY} {MM} {N} ({NNN} pads), counted per `series` period in the
 * shop's time zone; corrections have their own pattern and series. Prices include tax.
 */
export const InvoiceSettingsSchema = z
  .object({
    seller: z
      .object({
        name: z.string().trim().max(200).default(''),
        /** Street, postal code, city, country: one line each. */
        address: z.string().trim().max(500).default(''),
        /** NIP / BIN / VAT id. */
        taxId: z.string().trim().max(40).default(''),
        email: z.string().trim().max(200).default(''),
        phone: z.string().trim().max(40).default(''),
      })
      .prefault({}),
    numberPattern: z.string().trim().min(1).max(60).default('FV/{YYYY}/{MM}/{N}'),
    correctionPattern: z.string().trim().min(1).max(60).default('KOR/{YYYY}/{MM}/{N}'),
    series: z.enum(['yearly', 'monthly']).default('monthly'),
    /** The shop's default rate (percent; 23 in Poland, 12 in Kazakhstan); ignored for a VAT-exempt seller. */
    taxRatePercent: z.number().min(0).max(100).default(23),
    productTaxRates: z
      .array(ProductTaxRateSchema)
      .max(2000)
      .refine((rates) => new Set(rates.map((r) => r.productCode.toUpperCase())).size === rates.length, 'one rate per product code')
      .default([]),
    /** A VAT-exempt seller: no tax on the invoice, and this note printed on it. */
    vatExempt: z.boolean().default(false),
    exemptionNote: z.string().trim().max(300).default(''),
    /** Issue the invoice by itself when a cart is paid in full. */
    issueOnPayment: z.boolean().default(false),
    /** How buyers pay: what the payment request and the pro-forma print (empty: not offered). */
    payment: z
      .object({
        bankAccount: z.string().trim().max(60).default(''),
        bankName: z.string().trim().max(100).default(''),
        /** The transfer title; {ref} is the cart's reference (LS-123), which the bank statement import matches. */
        transferTitle: z.string().trim().max(140).default('{ref}'),
        blikPhone: z.string().trim().max(30).default(''),
        kaspiPhone: z.string().trim().max(30).default(''),
        /** A PayPal.me or payment-link URL; {amount} is the amount due (149.00), {ref} the cart's reference. */
        paymentLink: z.string().trim().max(300).default(''),
      })
      .prefault({}),
    /** The seller's own payment request text per language (empty: the built-in one); placeholders in the README. */
    requestTemplates: z.partialRecord(z.enum(['en', 'pl', 'kk']), z.string().max(2000)).default({}),
  })
  .superRefine((s, ctx) => {
    const number = patternProblem(s.numberPattern, s.series);
    if (number) ctx.addIssue({ code: 'custom', path: ['numberPattern'], message: number });
    const correction = patternProblem(s.correctionPattern, s.series);
    if (correction) ctx.addIssue({ code: 'custom', path: ['correctionPattern'], message: correction });
  });
export type InvoiceSettings = z.infer<typeof InvoiceSettingsSchema>;

/**
 * What the live windows (host and consoles) call attention to, with a sound and a visual: a new order,
 * a question waiting too long, OBS dropping frames, a chat source reconnecting (shared/domain/alerts.ts).
 */
export const AlertSettingsSchema = z
  .object({
    /** A short tone with each alert (the visual is always shown for the alerts that are on). */
    sound: z.boolean().default(true),
    newOrder: z.boolean().default(true),
    questionWaiting: z.boolean().default(true),
    /** A question open longer than this calls attention (once per question). */
    questionWaitSeconds: z.number().int().min(10).max(3600).default(60),
    droppedFrames: z.boolean().default(true),
    /** Frames dropped, skipped or lagged between two OBS polls, as a share of the frames of that interval. */
    droppedFramesPercent: z.number().min(0.1).max(50).default(1),
    chatReconnecting: z.boolean().default(true),
  })
  .strict();
export type AlertSettings = z.infer<typeof AlertSettingsSchema>;

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
  alerts: AlertSettingsSchema.prefault({}),
  invoices: InvoiceSettingsSchema.prefault({}),
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
  alerts: s.alerts.unwrap().optional(),
  invoices: s.invoices.unwrap().optional(),
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

export const settingsEvents = {
  'settings.alerts': event({
    summary: 'The alerts section changed: the live windows follow it at once.',
    payload: AlertSettingsSchema,
    roles: STAFF,
  }),
} as const;
