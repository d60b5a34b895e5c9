/**
 * The store at a glance: every database function of the studio, by aggregate. SQL text lives only
 * in these modules (a lint rule says so); services call these functions, and wrap several of them
 * in `writeTx` (or `readTx`) when they must commit (or read) together. A test checks that every
 * function a store module exports is listed here.
 */

// --- The database: opening (WAL, synchronous=FULL, numbered migrations), one write transaction, one read snapshot.
export { dataVersion, migrate, NewerDatabaseError, openDatabase, schemaVersion, type Db } from './db';
export { readTx, writeTx, writing } from './sql';
// Costly reads kept while nothing is written (writesSeen: own rows written and other connections' commits).
export { countAsBookkeeping, ReadMemo, writesSeen } from './writes-seen';

// --- Shop and settings: the one shop row (currency, language, time zone); settings as typed JSON per key.
export { getShop, saveShop, shopCurrency, type Shop } from './shop';
export { readSettings, writeSettings } from './settings';

// --- Access tokens: stored as hashes, one role and actor each, revocable.
export { createToken, listTokens, revokeToken, touchToken, verifyToken, type AccessToken } from './tokens';

// --- Catalog: products with their variants, images and answer facts; reads for clients, rows for editing and import.
export {
  catalogFingerprint,
  codesInUse,
  countProducts,
  deleteImageRow,
  deleteProductRow,
  deleteVariantRow,
  factsByProduct,
  findProductIdByCode,
  findProductIdByHandle,
  getImage,
  getProduct,
  IMAGE_URL_PREFIX,
  insertFact,
  insertImageRow,
  insertProduct,
  insertProductRow,
  insertVariantRow,
  listProducts,
  listProductsPage,
  ordersOfProduct,
  ordersOfVariant,
  parkProductCode,
  pendingImages,
  priceRange,
  readStoredCatalog,
  replaceFacts,
  setImageResult,
  updateImageRow,
  updateProductRow,
  updateVariantRow,
  variantPrice,
  type NewProduct,
  type ProductFields,
  type StoredProduct,
  type StoredVariant,
} from './catalog';

// --- Stock: the only writer of variants.stock; movements with reason, actor and time; the ledger invariant.
export {
  ACTIVE_ORDER_STATES,
  adjustStock,
  assertStockInvariant,
  freeStock,
  freeStockOf,
  HELD_ORDER_STATES,
  holdForOrder,
  listMovements,
  orderQuantities,
  productStock,
  releaseFromOrder,
  setStock,
  StockError,
  stockInvariantViolations,
  writeOffReturned,
  type StockChange,
  type StockMovement,
  type StockReason,
} from './stock';

// --- Shows: lifecycle (draft -> live -> ended), the lineup and its deals, the featured product, the timeline.
export {
  addLineupItem,
  appendTimeline,
  countShows,
  createShow,
  currentShowId,
  featuredProductCode,
  getShow,
  lastFeatureSeq,
  lastStartedShowId,
  lineupItemIds,
  lineupItemShow,
  listLineup,
  listShows,
  listTimeline,
  liveShowId,
  moveLineupItem,
  removeLineupItem,
  reorderLineup,
  replaceLineup,
  setFeatured,
  discardRehearsalOrders,
  isDraftShow,
  setShowState,
  showLanguage,
  streamDelayMs,
  updateLineupItem,
  updateShowDetails,
  type LineupDealPatch,
  type NewLineupItem,
  type NewShow,
  type ShowSummary,
} from './shows';

// --- Buyers: one row per platform identity (the ingest hot path caches ids per connection).
export {
  findBuyer,
  forgetCachedBuyers,
  getBuyer,
  setBuyerLanguage,
  upsertBuyer,
  upsertBuyerCached,
  type BuyerIdentity,
  type BuyerRow,
} from './buyers';

// --- Chat: messages deduplicated by platform id, deletions and bans, reading and JSONL export.
export {
  chatJsonlLines,
  clearCommerceUnhandled,
  commerceUnhandled,
  exportChatJsonl,
  findChatMessage,
  getChatMessage,
  insertChatBatch,
  listChat,
  listChatByShow,
  recentChatBefore,
  markAuthorMessagesDeleted,
  markCommerceUnhandled,
  markMessageDeleted,
  withChatBadges,
  type AuthorDeletion,
} from './chat';

// --- Orders: claims and their state log; the units they hold change stock through the stock module.
export {
  buyerUnits,
  dealUnits,
  cartOrderRows,
  getOrderRow,
  getOrderRows,
  getOrders,
  showsAndDealsOf,
  holdStockInTurn,
  waitingBefore,
  keptForReviewBefore,
  insertOrder,
  lastOpenOrderOfVariant,
  lastOrderOfBuyer,
  listCartLines,
  listOrderEvents,
  listOrders,
  listShowLines,
  oldestWaitlisted,
  orderTotalsByState,
  recentSameClaim,
  setCancelMessage,
  shippedAt,
  updateOrder,
  variantsWithWaitlistAndStock,
  waitlistedOn,
  type CartLineRow,
  type NewOrder,
  type OrderFilter,
  type OrderRow,
  type OrderUpdate,
  type StateTotals,
} from './orders';

// --- Carts: one per buyer per show (made with the order that needs it), a version that grows with every change, deadlines.
export {
  bumpCart,
  cartFor,
  cartIdsOfOrders,
  cartLineTotals,
  cartShowIds,
  cartsCombinedInto,
  cartsPastDeadline,
  cartsPastDeadlineIn,
  cartsReminderDue,
  combineCartInto,
  getCartRow,
  getCartRows,
  insertCartEvent,
  listCartEvents,
  listCartHeaders,
  cartPageOf,
  listCartPage,
  setCartPaid,
  setCartPaymentMethod,
  setCartShipping,
  setPaymentRequest,
  waitlistedOfClosedShows,
  type CartHeader,
  type CartHeaderFilter,
  type CartPage,
  type CartRow,
  type CartStateTotals,
  type PaymentRequest,
  type StatedCart,
  statedCartList,
} from './carts';

// --- Customers: the person behind buyers (one per buyer until merged); contact and shipping details; non-payments;
//     tags, VIP terms, merges (recorded for an exact unmerge), events, erasure; first show per customer for reports.
export {
  activeMergesInto,
  addCustomerTag,
  buyerBadges,
  buyerHasTag,
  buyerTerms,
  checkpointTruncate,
  crossingCombinedCarts,
  customerCartIds,
  customerCartIdsOfBuyers,
  customerFirstShow,
  customerIdentities,
  customerIdOfBuyer,
  customerOrderIds,
  customerPriceList,
  customerQuestions,
  customersMergedInto,
  customerShows,
  customerTags,
  clearNonPayments,
  ensureCustomer,
  ERASED_NAME,
  eraseCustomerData,
  getCustomer,
  getErasure,
  insertErasure,
  invoicesOfBuyers,
  getCustomerRecord,
  getMerge,
  insertCustomerEvent,
  insertMerge,
  insertNonPayment,
  listCustomerDataForExport,
  listAllCustomerSummaries,
  listCustomerEvents,
  listCustomerSummaries,
  listNonPayments,
  markMergeUndone,
  mergeCandidates,
  moveBuyers,
  newAndReturningCustomers,
  removeCustomerTag,
  scrubMerges,
  setCustomerDiscount,
  setCustomerMergedInto,
  setCustomerPrice,
  updateCustomerFields,
  type CustomerEventKind,
  type CustomerIdentityRow,
  type CustomerListFilter,
  type CustomerPrice,
  type CustomerRecord,
  type CustomerSummaryRow,
  type ErasureRecord,
  type KeptInvoiceRow,
  type MergeAdded,
  type MergeRecord,
  type NonPayment,
} from './customers';

// --- Chat search: FTS5 over every show's chat (migration 0011), folded for Latin letters incl. ł.
export {
  chatAround,
  chatSearchCount,
  indexPendingChat,
  purgeChatSearch,
  searchChat,
  type ChatSearchFilter,
  type ChatSearchRow,
} from './search';

// --- Shipping: customers' shipping details, products' location and parcel size, carts' parcel, note and tracking.
export {
  cartParcels,
  cartsToShip,
  cartWithTracking,
  customerShippingOfCarts,
  existingCartIds,
  getCustomerShipping,
  saveCustomerShipping,
  setCartParcel,
  setCartTracking,
  setProductShipping,
  shipItems,
  type CartParcelRow,
  type CustomerShippingFields,
  type ProductShipping,
  type ShipItemRow,
} from './shipping';
// --- Invoices and payments: gap-free numbering series, immutable invoice snapshots, payments received per cart.
export {
  cartsWithInvoices,
  getInvoice,
  insertInvoice,
  insertPayment,
  listCartInvoices,
  listCartPayments,
  listShowInvoices,
  listShowPayments,
  nextInSeries,
  paidByCart,
  paymentRecorded,
  seriesNumbers,
  type NewInvoice,
  type NewPayment,
} from './invoices';

// --- Deals: a lineup item's terms (deal price, quota, per-buyer limit) and its running deal window.
export { endDeal, lineupItemsOf, lineupTerms, runningDeal, startDeal, type LineupTerms, type RunningDeal } from './deals';

// --- Intent examples: moderators' fixes of chat parses, the parser's labelled examples (issue 17).
export { deleteIntentExample, getIntentExample, listIntentExamples, upsertIntentExample, type NewIntentExample } from './intent-examples';

// --- Price history: every regular price and flash deal a variant had, with its span (the Omnibus "was" price reads it).
export { endDealPrice, lowestPrice, recordDealPrice, recordRegularPrice, regularPriceSince } from './prices';

// --- Questions: asked in chat, answered or dismissed; the facts answers are drawn from.
export {
  factsOn,
  getQuestion,
  getQuestions,
  insertQuestion,
  listQuestions,
  markAnswered,
  markDismissed,
  openQuestionsOn,
  questionStats,
} from './questions';

// --- Reports: the show report's reads (lines timed by receive time, chat per minute, chat authors, questions, segments, stock at the start).
export {
  chatAuthors,
  chatPerMinute,
  earlierShowIds,
  featureAndSceneEvents,
  productLabels,
  reportFingerprint,
  reportLines,
  reportQuestions,
  returningPeople,
  stockAtStart,
  type ProductStockAtStart,
  type ReportAuthorRow,
  type ReportLineRow,
  type ReportQuestionRow,
  type ReportTimelineRow,
} from './reports';

// --- A show's chat counted (per minute, each author once): kept by the report, stored when the show ends (migration 0021).
export {
  emptyChatTally,
  endedShowWithoutChatTally,
  storeChatTally,
  storedChatTally,
  storeEndedShowChatTally,
  topUpChatTally,
  type ChatTally,
} from './chat-tally';
