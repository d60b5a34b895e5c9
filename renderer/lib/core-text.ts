/**
 * The core writes its messages (typed errors and their field issues, import problems, OBS connection
 * details, order history notes) in English, for the log and the CLI. The windows show them in the UI's
 * language: each known message shape here has a key under liveUx.core.* with its values; a message not
 * listed is shown as the core wrote it.
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;

interface Rule {
  re: RegExp;
  key: string;
  /** Names for the capture groups, in order. */
  params?: string[];
  /** Capture groups that are themselves core text (an OBS reason inside a retry note). */
  nested?: string[];
}

const RULES: Rule[] = [
  { re: /^Invalid input for ([\w.]+)\.$/, key: 'invalidFor', params: ['command'] },
  // Field issues (zod 4's own messages, as the server passes them on).
  { re: /^Too small: expected string to have >=(\d+) characters?$/, key: 'tooShort', params: ['count'] },
  { re: /^Too big: expected string to have <=(\d+) characters?$/, key: 'tooLong', params: ['count'] },
  { re: /^Too small: expected array to have >=(\d+) items?$/, key: 'tooFewItems', params: ['count'] },
  { re: /^Too big: expected array to have <=(\d+) items?$/, key: 'tooManyItems', params: ['count'] },
  { re: /^Too small: expected number to be >=?(-?[\d.]+)$/, key: 'numberMin', params: ['min'] },
  { re: /^Too big: expected number to be <=?(-?[\d.]+)$/, key: 'numberMax', params: ['max'] },
  { re: /^Invalid input: expected (\w+), received undefined$/, key: 'required' },
  { re: /^Invalid input: expected int, received number$/, key: 'wholeNumber' },
  { re: /^Invalid input: expected (\w+), received (\w+)$/, key: 'wrongType' },
  { re: /^Invalid option: expected one of (.+)$/, key: 'oneOf', params: ['options'] },
  { re: /^Unrecognized keys?: (.+)$/, key: 'unknownField', params: ['fields'] },
  { re: /^Invalid input$/, key: 'invalid' },
  // Typed errors the seller meets during a show.
  { re: /^There is no current show: create a show first\.$/, key: 'noShow' },
  { re: /^“(.+)” is not live\.$/, key: 'notLive', params: ['title'] },
  { re: /^No (product|question|show|lineup item) with id (\d+)\.$/, key: 'noSuchThing', params: ['what', 'id'] },
  { re: /^Question (\d+) is (\w+) already\.$/, key: 'questionSettled', params: ['id', 'state'] },
  { re: /^Order (\d+) cannot become (\w+): (.+)\.$/, key: 'orderCannot', params: ['id', 'to', 'why'], nested: ['why'] },
  { re: /^OBS is not connected \((\w+)(?:: (.+))?\)$/, key: 'obsNotConnected', params: ['state', 'detail'], nested: ['detail'] },
  { re: /^OBS has no scene named "(.+)"$/, key: 'obsNoScene', params: ['scene'] },
  { re: /^The buyer already has the limit of (\d+) of (\S+) in this show\.$/, key: 'buyerLimit', params: ['limit', 'code'] },
  { re: /^That product is already in the lineup \(position (\d+)\)\.$/, key: 'alreadyInLineup', params: ['position'] },
  // Stock changes refused (store/stock.ts) and a product's own checks (catalog-service), inside a keyed error.
  { re: /^A stock change must be a whole number, got (.+)\.$/, key: 'stockWhole', params: ['value'] },
  { re: /^No variant with id (\d+)\.$/, key: 'noVariant', params: ['id'] },
  { re: /^Variant (\d+) has (-?\d+) in stock; cannot take away (\d+)\.$/, key: 'stockTooLow', params: ['id', 'stock', 'take'] },
  { re: /^Stock is at most (\d+); variant (\d+) would have (-?\d+)\.$/, key: 'stockTooHigh', params: ['max', 'id', 'stock'] },
  { re: /^Stock must be a whole number of 0 or more, got (.+)\.$/, key: 'stockTarget', params: ['value'] },
  { re: /^already in use$/, key: 'alreadyInUse' },
  { re: /^needs (\d+) option value\(s\) \((.*)\), got (\d+)$/, key: 'optionValues', params: ['n', 'names', 'got'] },
  { re: /^duplicate variant ([^";][^;]*)$/, key: 'duplicateVariantPlain', params: ['variant'] },
  { re: /^option names must differ$/, key: 'optionNamesDiffer' },
  // OBS connection details.
  { re: /^connecting to (.+)$/, key: 'obsConnecting', params: ['url'] },
  { re: /^auth failed: OBS rejected the password \(close code 4009\)$/, key: 'obsAuthFailed' },
  { re: /^(.+); retrying in ([\d.]+) s$/, key: 'obsRetrying', params: ['reason', 'seconds'], nested: ['reason'] },
  { re: /^cannot reach OBS at (\S+): (.+)$/, key: 'obsUnreachable', params: ['url', 'error'] },
  { re: /^OBS closed the connection \(code (\d+)(?:: (.+))?\)$/, key: 'obsClosed', params: ['code', 'reason'] },
  { re: /^OBS stopped answering \((.+)\)$/, key: 'obsSilent', params: ['error'] },
  // Order history notes.
  { re: /^removed from the cart$/, key: 'removedFromCart' },
  { re: /^promoted from the waitlist$/, key: 'promoted' },
  { re: /^payment received$/, key: 'paymentReceived' },
  { re: /^paid after the release; stock was free$/, key: 'paidAfterRelease' },
  { re: /^out of stock$/, key: 'outOfStock' },
  { re: /^cancelled in chat$/, key: 'cancelledInChat' },
  { re: /^packed for cash on delivery$/, key: 'packedCod' },
  { re: /^released by the seller$/, key: 'releasedBySeller' },
  { re: /^restocked$/, key: 'restocked' },
  { re: /^returned$/, key: 'returned' },
  { re: /^it is on the waitlist \(no stock yet\)$/, key: 'onWaitlist' },
  { re: /^it needs details first \(pick the variant\)$/, key: 'needsDetailsFirst' },
  // Notes other commands write (carts, parser review, do-not-sell); a seller's own typed reason is shown as written.
  { re: /^edited in the cart$/, key: 'editedInCart' },
  { re: /^details completed$/, key: 'detailsCompleted' },
  { re: /^corrected in chat \((.+) -> (.+)\)$/, key: 'correctedInChat', params: ['from', 'to'] },
  { re: /^payment deadline passed$/, key: 'deadlinePassed' },
  { re: /^payment deadline passed \(confirmed\)$/, key: 'deadlinePassedConfirmed' },
  { re: /^quantity (\d+) -> (\d+)$/, key: 'quantityChanged', params: ['from', 'to'] },
  { re: /^not an order \(moderator\)$/, key: 'notAnOrderModerator' },
  { re: /^parse accepted \(moderator\)$/, key: 'parseAccepted' },
  { re: /^parse fixed \(moderator\)$/, key: 'parseFixed' },
  { re: /^refused: the customer is on the do-not-sell list$/, key: 'refusedDoNotSell' },
  { re: /^the customer is on the do-not-sell list$/, key: 'onDoNotSell' },
  { re: /^accepted despite do-not-sell$/, key: 'acceptedDespiteDoNotSell' },
  { re: /^paid after the release$/, key: 'paidAfterReleaseOnly' },
  { re: /^(.+); out of stock$/, key: 'withOutOfStock', params: ['reason'], nested: ['reason'] },
  { re: /^(.+); needs details$/, key: 'withNeedsDetails', params: ['reason'], nested: ['reason'] },
  { re: /^(.+); rehearsal$/, key: 'withRehearsal', params: ['reason'], nested: ['reason'] },
  // Import problems.
  { re: /^The file has a header but no products\.$/, key: 'importNoProducts' },
  { re: /^This is not a readable CSV file: (.+)$/, key: 'importBadCsv', params: ['error'] },
  { re: /^This is not a readable JSON file: (.+)$/, key: 'importBadJson', params: ['error'] },
  { re: /^product "(.+)" has no variant row \(no price\)$/, key: 'importNoVariant', params: ['handle'] },
  { re: /^duplicate handle "(.+)" \(also (.+)\)$/, key: 'importDuplicateHandle', params: ['handle', 'other'] },
  { re: /^duplicate claim code "(.+)" \(also (.+)\)$/, key: 'importDuplicateCode', params: ['code', 'other'] },
  { re: /^the file's prices are in (\w+) but the shop's currency is (\w+)$/, key: 'importCurrency', params: ['file', 'shop'] },
  {
    re: /^(.+) is ([\d.]+ MB); the studio imports files of at most ([\d.]+ MB)\. Split the export \(Shopify can export by collection\) and import the parts\.$/,
    key: 'importTooLarge',
    params: ['file', 'size', 'max'],
  },
  {
    re: /^This is not a Shopify product CSV: the first row must name the columns Handle and Title \(it starts: (.*)\)\.$/,
    key: 'importNotShopify',
    params: ['start'],
  },
  { re: /^This JSON is not a studio catalog \(it needs "format": "(.+)"\)\.$/, key: 'importNotStudioJson', params: ['format'] },
  {
    re: /^has (\d+) cells? but the header has (\d+) columns \(a stray comma or quote\?\)$/,
    key: 'importCells',
    params: ['cells', 'columns'],
  },
  { re: /^is empty: every row names the product it belongs to$/, key: 'importNoHandle' },
  { re: /^is missing: the first row of product "(.+)" must give its title$/, key: 'importNoTitle', params: ['handle'] },
  { re: /^claim code "(.+)" must be 1-16 letters, digits or dashes$/, key: 'importBadCode', params: ['code'] },
  { re: /^"(.+)" is a gift card; it is imported as an ordinary product$/, key: 'importGiftCard', params: ['handle'] },
  { re: /^is ignored: only the first row of "(.+)" \(row (\d+)\) sets it$/, key: 'importIgnoredColumn', params: ['handle', 'row'] },
  { re: /^duplicate variant "(.+)"$/, key: 'importDuplicateVariant', params: ['variant'] },
  { re: /^picture (\S+): (.+) \(placeholder shown\)$/, key: 'importPicture', params: ['source', 'error'] },
  { re: /^has (\d+) code: tags \((.+)\); a product has one claim code$/, key: 'importManyCodes', params: ['n', 'codes'] },
  {
    re: /^duplicate claim code "(.+)": row (\d+) \(product "(.+)"\) has it too$/,
    key: 'importDuplicateCodeRow',
    params: ['code', 'row', 'handle'],
  },
  { re: /^is given but Option(\d) Name is empty$/, key: 'importOptionNameGap', params: ['n'] },
  {
    re: /^unknown option value "(.+)": product "(.+)" has no options \(Option(\d) Name is empty on row (\d+)\)$/,
    key: 'importUnknownValueNone',
    params: ['value', 'handle', 'n', 'row'],
  },
  {
    re: /^unknown option value "(.+)": product "(.+)" has only the options (.+) \(Option(\d) Name is empty on row (\d+)\)$/,
    key: 'importUnknownValueOnly',
    params: ['value', 'handle', 'options', 'n', 'row'],
  },
  { re: /^"(.*)" is not a status \(active, draft or archived\)$/, key: 'importBadStatus', params: ['value'] },
  { re: /^"(.*)" is longer than 40 characters$/, key: 'importLocationTooLong', params: ['value'] },
  { re: /^"(.*)" is not a parcel size \(A, B or C\)$/, key: 'importBadParcel', params: ['value'] },
  {
    re: /^duplicate Handle "(.+)": row (\d+) already starts that product \(titled "(.*)"\)$/,
    key: 'importDuplicateHandleRow',
    params: ['handle', 'row', 'title'],
  },
  {
    re: /^duplicate variant "(.+)" of "(.+)": row (\d+) has the same options$/,
    key: 'importDuplicateVariantOf',
    params: ['variant', 'handle', 'row'],
  },
  { re: /^"(.*)" is not a weight in grams$/, key: 'importBadGrams', params: ['value'] },
  { re: /^(\S+) g is more than a parcel's (\d+) kg$/, key: 'importTooHeavy', params: ['grams', 'kg'] },
  { re: /^is empty, but product "(.+)" has the option "(.+)"$/, key: 'importEmptyOptionValue', params: ['handle', 'option'] },
  { re: /^is empty: every variant needs a price$/, key: 'importNoPrice' },
  { re: /^"(.*)" is not an amount$/, key: 'importNotAmount', params: ['value'] },
  { re: /^must not be negative \((.+)\)$/, key: 'importNegative', params: ['value'] },
  { re: /^"(.*)" has more than (\d+) decimal places for (\w+)$/, key: 'importDecimals', params: ['value', 'digits', 'currency'] },
  { re: /^"(.*)" is too large$/, key: 'importAmountTooLarge', params: ['value'] },
  { re: /^"(.*)" is not a whole number$/, key: 'importNotWhole', params: ['value'] },
  { re: /^(\S+) is too large \(at most (\d+)\)$/, key: 'importQtyTooLarge', params: ['value', 'max'] },
  { re: /^(.+) is not a text file \(it contains NUL bytes\)\.$/, key: 'importNotText', params: ['file'] },
  { re: /^(.+) is not a CSV or JSON file: it is (.+)\.$/, key: 'importNotCsvJson', params: ['file', 'what'] },
  { re: /^(.+) is not UTF-8 text: save it as "CSV UTF-8"\.$/, key: 'importNotUtf8', params: ['file'] },
];

/** What a refused import file is (electron/core/catalog/draft.ts textOf), by its English words. */
const FILE_KINDS: Record<string, string> = {
  'a ZIP archive or an Excel .xlsx workbook — save it as CSV (UTF-8) first': 'xlsx',
  'a PDF document': 'pdf',
  'a PNG picture': 'png',
  'a JPEG picture': 'jpeg',
  'an old Excel .xls workbook — save it as CSV (UTF-8) first': 'xls',
  'a gzip archive': 'gzip',
};

/**
 * The contract's own field messages (a schema's custom message, as in `.min(1, 'a title is needed')`), by
 * their exact English text: shown from errors.schema.<key>. tests/unit/contract/error-messages.test.ts
 * walks shared/contract for every such message and fails on one missing here or in a language.
 */
export const SCHEMA_MESSAGES: Record<string, string> = {
  'at most 100 kg': 'weightMax',
  'at least 1 g': 'weightMin',
  'grams are a whole number': 'weightWhole',
  'a location is at most 40 characters': 'locationTooLong',
  'change the variant or the quantity': 'changeVariantOrQuantity',
  'stock must not be negative': 'stockNotNegative',
  'letters, digits and dashes only': 'lettersDigitsDashes',
  'price must not be negative': 'priceNotNegative',
  'a title is needed': 'titleNeeded',
  'letters, digits, dashes and underscores': 'lettersDigitsDashesUnderscores',
  'a product needs at least one variant': 'productNeedsVariant',
  'an upload id of 8-64 letters, digits, _ or -': 'uploadId',
  'give either text or uploadId': 'textOrUpload',
  'a change of 0 changes nothing': 'zeroChange',
  'a tag cannot contain control characters': 'tagControlChars',
  'a tag is at most 40 characters': 'tagTooLong',
  'a tag cannot be empty': 'tagEmpty',
  'a phone number of digits, spaces, brackets and dashes': 'phoneDigits',
  'an ISO 4217 code such as PLN': 'currencyCode',
  'a deal price must not be negative': 'dealPriceNotNegative',
  'a deal quota must be 1 or more': 'dealQuota',
  'a deal length must be 1 second or more': 'dealLength',
  'a per-buyer limit must be 1 or more': 'perBuyerLimit',
  'name the buyer (buyerId or buyerName)': 'nameTheBuyer',
  'a fix names the variant or the quantity': 'fixNamesVariant',
  'lower-case letters, digits, - and _': 'lowerCaseId',
  'one rate per product code': 'oneRatePerCode',
  'method ids must be unique': 'methodIdsUnique',
  'column headers must be unique': 'columnHeadersUnique',
  'a phone number: digits, spaces, + - ( )': 'phoneNumber',
  'an e-mail address': 'email',
  'a parcel locker id such as KRA010': 'parcelLocker',
  'a two-letter country code such as PL': 'countryCode',
  'an IANA time zone such as Europe/Warsaw': 'timeZone',
  'a Twitch channel name: 3–25 letters, digits or _': 'twitchChannel',
  'the port must be 1–65535': 'port',
  'HOST or HOST:PORT': 'hostPort',
  'an http(s) URL': 'httpUrl',
  'a YouTube live chat id': 'youtubeChat',
  'a Facebook live video id (digits)': 'facebookVideo',
  'a username and a token go together': 'userAndToken',
};

/** A translation, or the core's own text where none came back (a missing key, values not filled in). */
const usable = (translated: string, original: string) =>
  translated && !translated.startsWith('liveUx.') && !translated.startsWith('errors.') && !translated.includes('{{')
    ? translated
    : original;

/** The core's English text in the UI's language, where its shape is known; otherwise as written. */
export function translateCoreText(t: Translate, text: string): string {
  const schemaKey = SCHEMA_MESSAGES[text];
  if (schemaKey) return usable(t(`errors.schema.${schemaKey}`), text);
  for (const rule of RULES) {
    const m = rule.re.exec(text);
    if (!m) continue;
    const values: Record<string, unknown> = {};
    (rule.params ?? []).forEach((name, i) => {
      const v = m[i + 1] ?? '';
      // i18next picks a plural form by a number, not by its digits as text.
      values[name] = rule.nested?.includes(name) && v ? translateCoreText(t, v) : name === 'count' ? Number(v) : v;
    });
    if (rule.key === 'noSuchThing') values.what = t(`liveUx.core.things.${String(values.what).replace(' ', '')}`);
    if (rule.key === 'questionSettled')
      values.state = t(`liveUx.core.questionStates.${String(values.state)}`, { defaultValue: values.state });
    if (rule.key === 'orderCannot') values.to = t(`orders.state.${String(values.to)}`, { defaultValue: values.to });
    if (rule.key === 'obsNotConnected') {
      values.state = t(`status.state.${String(values.state)}`, { defaultValue: values.state });
      return usable(values.detail ? t('liveUx.core.obsNotConnectedDetail', values) : t('liveUx.core.obsNotConnected', values), text);
    }
    if (rule.key === 'importNotCsvJson') {
      const kind = FILE_KINDS[String(values.what)];
      if (kind) values.what = t(`liveUx.core.importFileKinds.${kind}`);
    }
    if (rule.key === 'obsClosed' && !values.reason) return usable(t('liveUx.core.obsClosedNoReason', values), text);
    return usable(t(`liveUx.core.${rule.key}`, values), text);
  }
  return text;
}
