import type { Clock } from '../clock';
import fs from 'node:fs';
import path from 'node:path';
import {
  StudioError,
  type CatalogPage,
  type CommandParsedInput,
  type ImportPreview,
  type Product,
  type StockMovement,
} from '../../../shared/contract';
import type { StudioEvents } from '../events';
import {
  catalogFingerprint,
  codesInUse,
  deleteImageRow,
  deleteProductRow,
  deleteVariantRow,
  findProductIdByHandle,
  getImage,
  getProduct,
  insertImageRow,
  insertProductRow,
  insertVariantRow,
  listProductsPage,
  countProducts,
  ordersOfProduct,
  ordersOfVariant,
  readStoredCatalog,
  updateProductRow,
  updateVariantRow,
  type ProductFields,
} from '../store/catalog';
import { dataVersion, type Db } from '../store/db';
import { shopCurrency } from '../store/shop';
import { readTx, writeTx } from '../store/sql';
import { adjustStock, listMovements, setStock, StockError, type StockChange } from '../store/stock';
import { MAX_IMPORT_BYTES, optionKey, variantLabel } from './draft';
import { exportCatalog, type CatalogExportFormat, type ExportFile } from './exporter';
import { copyLocalImages, fetchRemoteImages, storeImageBytes, type LocalPictures } from './images';
import { applyImport, ImportRefused, planImport, readImportFile } from './importer';

export interface CatalogServiceOptions {
  db: Db;
  events: StudioEvents;
  clock: Clock;
  /** The data folder's images/ (pictures are copied and fetched into it). */
  imagesDir: string;
  /** How often to look for commits by another process (a CLI import); 0 turns it off. */
  watchMs?: number;
  imageTimeoutMs?: number;
  fetchImpl?: typeof fetch;
}

type Upload = { parts: string[]; chars: number; touched: number };
const UPLOAD_TTL_MS = 15 * 60_000;

/** URL-safe handle from a title: "Sukienka w kwiaty!" -> "sukienka-w-kwiaty". */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('und')
    .replace(/ł/g, 'l')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'product';
}

/** The catalog: reads, edits, stock, import and export. Publishes catalog.changed / stock.changed after each commit. */
export class CatalogService {
  private readonly events: StudioEvents;
  private readonly clock: Clock;
  private readonly uploads = new Map<string, Upload>();
  private watchTimer: NodeJS.Timeout | null = null;
  private lastDataVersion = 0;
  private lastFingerprint = '';
  /** Resolves when background picture fetching started by the last import is done (tests wait on it). */
  imagesSettled: Promise<unknown> = Promise.resolve();

  private readonly db: Db;

  constructor(private readonly options: CatalogServiceOptions) {
    this.db = options.db;
    this.events = options.events;
    this.clock = options.clock;
    if ((options.watchMs ?? 500) > 0) this.watchExternal(options.watchMs ?? 500);
    // Pictures a CLI import left pending (--no-images, or the studio stopped mid-fetch) are fetched once the studio runs.
    setImmediate(() => this.db.open && this.fetchImagesInBackground());
  }

  /**
   * A page of the catalog (one consistent read: the products and their count agree). Over the
   * contract a page has at most CATALOG_PAGE_MAX products; the core's own callers may read it whole.
   */
  list(offset = 0, limit?: number): CatalogPage {
    return readTx(this.db, () => {
      const total = countProducts(this.db);
      const products = listProductsPage(this.db, offset, limit ?? -1);
      const next = offset + products.length;
      return { currency: shopCurrency(this.db), products, total, nextOffset: products.length > 0 && next < total ? next : null };
    });
  }

  get(productId: number): Product {
    const product = getProduct(this.db, productId);
    if (!product) throw StudioError.of('not_found', 'noProductWithId', { productId });
    return product;
  }

  // --- editing -------------------------------------------------------------

  create(input: CommandParsedInput<'catalog.product.create'>, actor: string): Product {
    const now = this.clock();
    const productId = writeTx(this.db, () => {
      const codes = codesInUse(this.db);
      const code = input.code ?? nextFreeCode(codes);
      this.assertCodeFree(code, null, codes);
      const handle = input.handle ?? this.freeHandle(slugify(input.title));
      this.assertHandleFree(handle, null);
      const optionNames = input.optionNames ?? [];
      this.checkVariants(optionNames, input.variants);
      const id = insertProductRow(
        this.db,
        {
          handle,
          code,
          title: input.title,
          description: input.description ?? '',
          vendor: input.vendor ?? '',
          productType: '',
          tags: input.tags ?? [],
          optionNames,
          status: input.status ?? 'active',
          productUrl: input.productUrl ?? null,
          location: input.location ?? null,
          parcelSize: input.parcelSize ?? null,
          weightGrams: input.weightGrams ?? null,
        },
        now,
      );
      input.variants.forEach((v, position) => {
        const variantId = insertVariantRow(this.db, id, position, v, now);
        if (v.stock > 0) adjustStock(this.db, variantId, v.stock, 'initial', actor, now, { note: 'new product' });
      });
      return id;
    });
    this.changed('edit', [productId]);
    return this.get(productId);
  }

  update(input: CommandParsedInput<'catalog.product.update'>, actor: string): Product {
    const now = this.clock();
    const stockChanges: StockChange[] = [];
    writeTx(this.db, () => {
      const stored = readStoredCatalog(this.db, [input.productId])[0];
      if (!stored) throw StudioError.of('not_found', 'noProductWithId', { productId: input.productId });
      const fields: ProductFields = {
        handle: input.handle ?? stored.handle,
        code: input.code ?? stored.code,
        title: input.title ?? stored.title,
        description: input.description ?? stored.description,
        vendor: input.vendor ?? stored.vendor,
        productType: stored.productType,
        tags: input.tags ?? stored.tags,
        optionNames: input.optionNames ?? stored.optionNames,
        status: input.status ?? stored.status,
        productUrl: input.productUrl === undefined ? stored.productUrl : input.productUrl,
        location: input.location === undefined ? stored.location : input.location,
        parcelSize: input.parcelSize === undefined ? stored.parcelSize : input.parcelSize,
        weightGrams: input.weightGrams === undefined ? stored.weightGrams : input.weightGrams,
      };
      if (fields.code.toLocaleLowerCase('und') !== stored.code.toLocaleLowerCase('und'))
        this.assertCodeFree(fields.code, stored.id, codesInUse(this.db));
      if (fields.handle !== stored.handle) this.assertHandleFree(fields.handle, stored.id);
      const variants =
        input.variants ??
        stored.variants.map((v) => ({
          id: v.id,
          sku: v.sku,
          options: v.options,
          priceMinor: v.priceMinor,
          compareAtMinor: v.compareAtMinor,
          stock: 0,
        }));
      this.checkVariants(fields.optionNames, variants);
      const byId = new Map(stored.variants.map((v) => [v.id, v]));
      for (const v of variants) {
        if (v.id !== undefined && !byId.has(v.id))
          throw StudioError.of('not_found', 'variantIsNotAVariantOf', { variantId: v.id, productId: stored.id });
      }
      const kept = new Set(variants.map((v) => v.id).filter((id): id is number => id !== undefined));
      for (const s of stored.variants) {
        if (kept.has(s.id)) continue;
        const n = ordersOfVariant(this.db, s.id);
        if (n > 0) throw StudioError.of('conflict', 'variantHasOrders', { variant: variantLabel(s.options), n });
        deleteVariantRow(this.db, s.id);
      }
      updateProductRow(this.db, stored.id, fields, now);
      // Two passes so variants can swap option values without tripping the unique index.
      variants.forEach((v, position) => {
        if (v.id !== undefined)
          updateVariantRow(this.db, v.id, position + 1000, { ...v, options: v.options.map((o) => `\u0000${v.id}${o}`) }, now);
      });
      variants.forEach((v, position) => {
        if (v.id !== undefined) updateVariantRow(this.db, v.id, position, v, now);
        else {
          const id = insertVariantRow(this.db, stored.id, position, v, now);
          if (v.stock > 0) stockChanges.push(adjustStock(this.db, id, v.stock, 'initial', actor, now, { note: 'new variant' }));
        }
      });
    });
    this.changed('edit', [input.productId]);
    this.stockChanged(stockChanges);
    return this.get(input.productId);
  }

  delete(productId: number): { productId: number } {
    const files: string[] = [];
    writeTx(this.db, () => {
      const stored = readStoredCatalog(this.db, [productId])[0];
      if (!stored) throw StudioError.of('not_found', 'noProductWithId', { productId });
      const n = ordersOfProduct(this.db, productId);
      if (n > 0) throw StudioError.of('conflict', 'productHasOrders', { code: stored.code, title: stored.title, n });
      for (const i of stored.images) if (i.file) files.push(i.file);
      deleteProductRow(this.db, productId);
    });
    this.removeFiles(files);
    this.changed('delete', [productId]);
    return { productId };
  }

  addImage(input: CommandParsedInput<'catalog.image.add'>): Product {
    const product = this.get(input.productId);
    const bytes = Buffer.from(input.dataBase64, 'base64');
    const stored = storeImageBytes(this.options.imagesDir, product.id, bytes);
    if ('error' in stored) throw StudioError.of('invalid_input', 'importFileRefused', { fileName: input.fileName, error: stored.error });
    try {
      writeTx(this.db, () => {
        if (!getProduct(this.db, product.id)) throw StudioError.of('not_found', 'noProductWithId', { productId: product.id });
        insertImageRow(this.db, product.id, product.images.length, {
          source: path.join(this.options.imagesDir, stored.file),
          alt: input.alt || product.title,
          file: stored.file,
          state: 'ready',
        });
      });
    } catch (error) {
      this.removeFiles([stored.file]);
      throw error;
    }
    this.changed('images', [product.id]);
    return this.get(product.id);
  }

  removeImage(imageId: number): Product {
    const image = getImage(this.db, imageId);
    if (!image) throw StudioError.of('not_found', 'noPictureWithId', { imageId });
    writeTx(this.db, () => deleteImageRow(this.db, imageId));
    if (image.file && !image.file.startsWith('demo-')) this.removeFiles([image.file]);
    this.changed('images', [image.productId]);
    return this.get(image.productId);
  }

  // --- stock ---------------------------------------------------------------

  adjustStock(input: CommandParsedInput<'stock.adjust'>, actor: string): StockChange {
    let change: StockChange;
    try {
      change =
        'set' in input
          ? setStock(this.db, input.variantId, input.set, 'manual', actor, this.clock(), { note: input.note ?? null })
          : adjustStock(this.db, input.variantId, input.delta, 'manual', actor, this.clock(), { note: input.note ?? null });
    } catch (error) {
      if (error instanceof StockError)
        throw StudioError.of(/^No variant/.test(error.message) ? 'not_found' : 'conflict', 'stockRefused', { detail: error.message });
      throw error;
    }
    this.stockChanged([change]);
    return change;
  }

  movements(variantId: number, limit: number): StockMovement[] {
    return listMovements(this.db, variantId, limit);
  }

  // --- import / export -------------------------------------------------------

  upload(uploadId: string, part: number, text: string): { uploadId: string; chars: number } {
    const now = this.clock();
    for (const [id, u] of this.uploads) if (now - u.touched > UPLOAD_TTL_MS) this.uploads.delete(id);
    let upload = this.uploads.get(uploadId);
    if (part === 0) this.uploads.set(uploadId, (upload = { parts: [], chars: 0, touched: now }));
    if (!upload) throw StudioError.of('not_found', 'noUploadInProgressStartWith', { uploadId });
    if (part !== upload.parts.length)
      throw StudioError.of('conflict', 'uploadExpectedPartGot', { uploadId, expected: upload.parts.length, part });
    if (upload.chars + text.length > MAX_IMPORT_BYTES) {
      this.uploads.delete(uploadId);
      throw StudioError.of('invalid_input', 'importTooLarge', {
        size: `${((upload.chars + text.length) / 1024 / 1024).toFixed(1)} MB`,
        max: `${(MAX_IMPORT_BYTES / 1024 / 1024).toFixed(1)} MB`,
      });
    }
    upload.parts.push(text);
    upload.chars += text.length;
    upload.touched = now;
    return { uploadId, chars: upload.chars };
  }

  private sourceText(input: CommandParsedInput<'catalog.import.preview'>): string {
    if (input.text !== undefined) return input.text;
    const upload = this.uploads.get(input.uploadId!);
    if (!upload) throw StudioError.of('not_found', 'noUploadSendTheFileAgain', { uploadId: input.uploadId ?? '' });
    return upload.parts.join('');
  }

  importPreview(input: CommandParsedInput<'catalog.import.preview'>): ImportPreview {
    const parsed = readImportFile(this.sourceText(input), input.fileName, shopCurrency(this.db), input.format);
    return planImport(this.db, parsed).preview;
  }

  importApply(input: CommandParsedInput<'catalog.import.apply'>, actor: string): ImportPreview {
    const parsed = readImportFile(this.sourceText(input), input.fileName, shopCurrency(this.db), input.format);
    if (input.uploadId) this.uploads.delete(input.uploadId);
    // Sent over the socket: its pictures are addresses on the network, never paths on this machine.
    return this.applyParsed(parsed, actor, { from: 'nowhere' }).preview;
  }

  /** Applies a parsed file, copies local pictures, tells every window, then fetches remote pictures in the background. */
  applyParsed(
    parsed: ReturnType<typeof readImportFile>,
    actor: string,
    /** Where its local pictures may be read from: the CLI's file system, or nowhere (sent over the socket). */
    local: LocalPictures,
  ): { preview: ImportPreview } {
    let result;
    try {
      result = applyImport(this.db, parsed, actor, this.clock());
    } catch (error) {
      if (error instanceof ImportRefused) return { preview: error.preview };
      throw error;
    }
    const preview = result.preview;
    if (this.options.imagesDir) {
      const pictures = copyLocalImages(this.db, this.options.imagesDir, local);
      for (const w of pictures.warnings)
        preview.warnings.push({ row: null, column: 'Image Src', message: `picture ${w.source}: ${w.message} (placeholder shown)` });
    }
    this.changed('import', result.productIds);
    this.stockChanged(result.stockChanges);
    this.fetchImagesInBackground();
    return { preview };
  }

  /** Starts fetching pending remote pictures; never blocks the caller. */
  fetchImagesInBackground(): void {
    const dir = this.options.imagesDir;
    if (!dir) return;
    const settled = new Set<number>();
    let timer: NodeJS.Timeout | null = null;
    const flush = () => {
      timer = null;
      if (settled.size > 0 && this.db.open) this.changed('images', [...settled]);
      settled.clear();
    };
    this.imagesSettled = this.imagesSettled
      .then(() =>
        fetchRemoteImages(this.db, dir, {
          timeoutMs: this.options.imageTimeoutMs,
          fetchImpl: this.options.fetchImpl,
          onSettled: (productId) => {
            settled.add(productId);
            timer ??= setTimeout(flush, 200);
          },
        }),
      )
      .then(() => {
        if (timer) clearTimeout(timer);
        flush();
      })
      .catch(() => undefined);
  }

  export(format: CatalogExportFormat): ExportFile {
    return exportCatalog(this.db, format);
  }

  // --- another process writing the same file ---------------------------------

  /**
   * SQLite's data_version changes only when another connection commits: then,
   * if the catalog's fingerprint moved since the watcher last looked (a CLI
   * import, stock changed elsewhere), every window is told to re-list. (The
   * fingerprint is the watcher's own: the studio's own writes must not hide
   * another process's commit that landed between two of them.)
   */
  private watchExternal(ms: number): void {
    this.lastDataVersion = dataVersion(this.db);
    this.lastFingerprint = catalogFingerprint(this.db);
    this.watchTimer = setInterval(() => {
      if (!this.db.open) return this.close();
      try {
        const version = dataVersion(this.db);
        if (version === this.lastDataVersion) return;
        this.lastDataVersion = version;
        const fingerprint = catalogFingerprint(this.db);
        if (fingerprint === this.lastFingerprint) return;
        this.lastFingerprint = fingerprint;
        this.events.publish('catalog.changed', { reason: 'external', productIds: [], at: this.clock() });
      } catch {
        // busy or closing: look again next tick
      }
    }, ms);
    this.watchTimer.unref();
  }

  close(): void {
    if (this.watchTimer) clearInterval(this.watchTimer);
    this.watchTimer = null;
  }

  // --- helpers -----------------------------------------------------------------

  private changed(reason: 'edit' | 'delete' | 'import' | 'images', productIds: number[]): void {
    this.events.publish('catalog.changed', { reason, productIds, at: this.clock() });
  }

  private stockChanged(changes: StockChange[]): void {
    const real = changes.filter((c) => c.delta !== 0);
    if (real.length === 0) return;
    this.events.publish('stock.changed', {
      changes: real.map((c) => ({ variantId: c.variantId, productId: c.productId, stock: c.stock })),
    });
  }

  private assertCodeFree(code: string, productId: number | null, codes: Map<string, number>): void {
    const owner = codes.get(code.toLocaleLowerCase('und'));
    if (owner !== undefined && owner !== productId) {
      const p = getProduct(this.db, owner);
      throw StudioError.of('conflict', 'claimCodeIsAlreadyUsedBy', { code, title: p?.title ?? `product ${owner}` }, [
        { path: 'code', message: 'already in use' },
      ]);
    }
  }

  private assertHandleFree(handle: string, productId: number | null): void {
    const owner = findProductIdByHandle(this.db, handle);
    if (owner !== null && owner !== productId)
      throw StudioError.of('conflict', 'anotherProductAlreadyHasTheHandle', { handle }, [{ path: 'handle', message: 'already in use' }]);
  }

  private freeHandle(base: string): string {
    const taken = (handle: string) => findProductIdByHandle(this.db, handle) !== null;
    if (!taken(base)) return base;
    for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
  }

  private checkVariants(optionNames: string[], variants: { options: string[] }[]): void {
    const issues: { path: string; message: string }[] = [];
    const seen = new Set<string>();
    variants.forEach((v, i) => {
      if (v.options.length !== optionNames.length) {
        issues.push({
          path: `variants.${i}.options`,
          message: `needs ${optionNames.length} option value(s) (${optionNames.join(', ') || 'none'}), got ${v.options.length}`,
        });
      }
      const key = optionKey(v.options);
      if (seen.has(key)) issues.push({ path: `variants.${i}.options`, message: `duplicate variant ${variantLabel(v.options)}` });
      seen.add(key);
    });
    if (new Set(optionNames.map((n) => n.toLocaleLowerCase('und'))).size !== optionNames.length)
      issues.push({ path: 'optionNames', message: 'option names must differ' });
    if (issues.length > 0)
      throw StudioError.of('invalid_input', 'productInvalid', { detail: issues.map((i) => i.message).join('; ') }, issues);
  }

  private removeFiles(files: string[]): void {
    const dir = this.options.imagesDir;
    if (!dir) return;
    for (const f of files) fs.rmSync(path.join(dir, path.basename(f)), { force: true });
  }
}

/** The smallest positive number not yet used as a claim code. */
export function nextFreeCode(codes: Map<string, number>): string {
  for (let n = 1; ; n++) if (!codes.has(String(n))) return String(n);
}
