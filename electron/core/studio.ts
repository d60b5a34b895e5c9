/**
 * The composition root: builds every service of the studio core and wires
 * them together. Nothing else constructs services; the CLI, the Electron
 * shell and the tests all start the studio through here.
 */
import os from 'node:os';
import path from 'node:path';
import type { Role } from '../../shared/contract';
import { accessHandlers } from './access/handlers';
import { AccessService } from './access/access-service';
import { appRoot, appVersion } from './app-root';
import { CartsService, DeadlineSweeper } from './carts';
import { cartsHandlers } from './carts/handlers';
import { CustomersService } from './customers';
import { customersHandlers } from './customers/handlers';
import { catalogHandlers } from './catalog/handlers';
import { CatalogService } from './catalog/catalog-service';
import { chatHandlers, sourcesHandlers } from './chat/handlers';
import { ChatService } from './chat/service';
import { ChatSourcesService } from './chat/sources-service';
import { systemClock, type Clock } from './clock';
import { parserHandlers } from './parser/handlers';
import { ParserReviewService } from './parser/review-service';
import { CatalogView, ChatCommerce, ChatReplies, CommercePublisher, OrdersService, QuestionsService } from './commerce';
import { ordersHandlers } from './commerce/handlers';
import { seedDemo } from './demo/seed';
import { ChatTallyBackfill, ownChatAccounts, ReportService } from './reports';
import { reportsHandlers } from './reports/handlers';
import { DemoService, demoDirOf } from './demo/demo-service';
import { playDemoShow } from './demo/demo-show';
import { demoHandlers } from './demo/handlers';
import { StudioEvents } from './events';
import { InvoicesService } from './invoices';
import { invoicesHandlers } from './invoices/handlers';
import { createLog, type Log } from './log';
import { obsHandlers } from './obs/handlers';
import { ObsService } from './obs/obs-service';
import { overlayHandlers } from './overlay/handlers';
import { OverlayService } from './overlay/overlay-service';
import { dataPaths, ensurePrivateDir, useOwnerOnlyUmask } from './paths';
import { FileSecretStore } from './secrets/file-secret-store';
import type { SecretStore } from './secrets/secret-store';
import type { Handlers } from './server/dispatch';
import { listenStudio } from './server/listener';
import { attachSocketServer, disconnectToken, serveSocketsOver } from './server/socket';
import { settingsHandlers } from './settings/handlers';
import { SettingsService } from './settings/settings-service';
import { ShippingService } from './shipping';
import { shippingHandlers } from './shipping/handlers';
import { lineupHandlers, showHandlers } from './shows/handlers';
import { LineupService } from './shows/lineup-service';
import { ShowService } from './shows/show-service';
import { statusHandlers } from './status/handlers';
import { StatusService } from './status/status-service';
import { openDatabase, schemaVersion, type Db } from './store/db';
import { readSettings } from './store/settings';
import { currentShowId } from './store/shows';
import { createToken, touchToken, verifyToken } from './store/tokens';

export interface StudioOptions {
  /** Where the database (unless dbFile), images, logs and the headless secret file live. */
  dataDir: string;
  dbFile?: string;
  port?: number;
  /** 127.0.0.1 unless the host turns on LAN access. */
  host?: string;
  /** Seed the demo boutique into an empty database. */
  demo?: boolean;
  secrets?: SecretStore;
  log?: Log;
  /** better-sqlite3 built for Electron's ABI (the shell passes it). */
  nativeBinding?: string;
  clock?: Clock;
  /** How often the carts' deadlines are swept (default a minute). */
  deadlineSweepMs?: number;
  /** Connect to this OBS at startup whatever the settings say, with this password (not stored): for tests. */
  obs?: { url: string; password?: string; statsIntervalMs?: number };
  /** Run as the demo studio ("Start demo show"): put the seeded show live and play the recorded chat at this speed. */
  demoShow?: { speed: number | 'max'; returnUrl: string | null };
}

export interface Studio {
  port: number;
  baseUrl: string;
  /** The host window's address, with the host token in the fragment (never sent to a server log). */
  hostUrl: string;
  overlayUrl: string;
  /** The certificate of LAN access (HTTPS/WSS), null while the studio listens on loopback only. */
  tls: { fingerprint256: string; spkiSha256: string } | null;
  db: Db;
  /** Every command's handler, as the socket dispatches them (the reliability suite fuzzes them with dispatchCommand). */
  handlers: Handlers;
  events: StudioEvents;
  services: {
    catalog: CatalogService;
    lineup: LineupService;
    shows: ShowService;
    status: StatusService;
    overlay: OverlayService;
    obs: ObsService;
    chat: ChatService;
    chatSources: ChatSourcesService;
    settings: SettingsService;
    orders: OrdersService;
    questions: QuestionsService;
    carts: CartsService;
    deadlines: DeadlineSweeper;
    shipping: ShippingService;
    invoices: InvoicesService;
    reports: ReportService;
    customers: CustomersService;
    demo: DemoService;
  };
  issueToken(role: Role, actor: string, label?: string): string;
  close(): Promise<void>;
}

/** A long-lived token whose value is kept in the secret store, so URLs saved in OBS keep working. */
function ensureToken(db: Db, secrets: SecretStore, role: Role, actor: string, now: number): string {
  const name = `access-token:${role}:${actor}`;
  const existing = secrets.get(name);
  if (existing && verifyToken(db, existing)) return existing;
  const { token } = createToken(db, role, actor, `${role} (${actor})`, now);
  secrets.set(name, token);
  return token;
}

function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces()).flatMap((list) =>
    (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address),
  );
}

/**
 * Every service is built the same way: `new Service({ ...its dependencies })`, each dependency
 * required and named, in an order where each one exists before whoever needs it. The studio
 * listens first, so the addresses the services hand out (invites, the overlay URL) are plain values.
 */
export async function startStudio(options: StudioOptions): Promise<Studio> {
  const clock = options.clock ?? systemClock;
  const root = appRoot();
  const version = appVersion(root);
  const paths = dataPaths(options.dataDir);
  useOwnerOnlyUmask();
  for (const dir of [options.dataDir, paths.images]) ensurePrivateDir(dir);
  const log = options.log ?? createLog(paths.logs);
  const db = openDatabase({
    file: options.dbFile ?? paths.db,
    nativeBinding: options.nativeBinding,
    onBackup: (file) => log.info({ file }, 'database copied aside before migrating'),
  });
  const secrets = options.secrets ?? new FileSecretStore(paths.secrets);
  const resourcesDir = path.join(root, 'resources');

  if (options.demo && seedDemo(db, { resourcesDir, imagesDir: paths.images }, clock())) {
    log.info('demo boutique seeded into an empty database');
  }

  // Listening comes first: nobody knows the port until startStudio returns, and socket.io is attached below.
  const host = options.host ?? (readSettings(db).network.lanAccess ? '0.0.0.0' : '127.0.0.1');
  const listening = await listenStudio({
    httpOptions: {
      rendererDir: path.join(root, 'out', 'renderer'),
      imagesDir: paths.images,
      resourcesDir,
      health: () => ({ ok: true, version }),
    },
    host,
    port: options.port ?? 0,
    certificateDir: paths.tls,
    names: host === '0.0.0.0' ? [...lanAddresses(), '127.0.0.1', 'localhost'] : [host],
    now: clock(),
  });
  const { http, port, certificate } = listening;
  // Loopback stays on http (the host window, OBS's overlay); an address beyond it is https only.
  const baseUrl = host === '0.0.0.0' ? `http://127.0.0.1:${port}` : `${certificate ? 'https' : 'http'}://${host}:${port}`;
  // Co-moderators open invites from their own machines: give them the LAN address (https) when the studio listens on it.
  const inviteBase = host === '0.0.0.0' ? `https://${lanAddresses()[0] ?? '127.0.0.1'}:${port}` : baseUrl;
  const hostToken = ensureToken(db, secrets, 'host', 'host', clock());
  const overlayToken = ensureToken(db, secrets, 'overlay', 'overlay', clock());
  // OBS's browser source shows the overlay with its token.
  const overlayUrl = `${baseUrl}/overlay/#token=${overlayToken}`;

  const events = new StudioEvents();
  const showId = () => currentShowId(db);
  // Chat and commerce report as (level, message, data); the studio's log takes (data, message).
  const serviceLog = (level: 'debug' | 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) =>
    log[level](data ?? {}, message);
  const settings = new SettingsService({ db, events, clock });
  const status = new StatusService({ events, core: { version, startedAt: clock(), schemaVersion: schemaVersion(db) }, clock });
  const catalog = new CatalogService({ db, events, clock, imagesDir: paths.images });
  const overlay = new OverlayService({ events, settings: () => settings.get().overlay, clock });
  const shows = new ShowService({ db, events, clock, overlay });
  const lineup = new LineupService({ db, events, clock, overlay, shows });
  const obs = new ObsService({
    clock,
    events,
    status,
    shows,
    secrets,
    readSettings: () => settings.get().obs,
    saveSettings: (next) => settings.store({ obs: next }),
    overlayUrl: () => overlayUrl,
    imagesDir: paths.images,
    log,
    override: options.obs,
    controller: options.obs?.statsIntervalMs === undefined ? undefined : { statsIntervalMs: options.obs.statsIntervalMs },
  });
  const access = new AccessService({ db, events, clock, inviteBase, fingerprint: certificate?.fingerprint256 ?? null });

  // Commerce: the engine runs inside each chat ingest transaction (an order commits with its message);
  // the publisher tells clients after the commit, and chat replies follow its commerce.committed.
  const catalogView = new CatalogView({ db, events, extraIntentRules: () => settings.get().commerce.extraIntentRules, log: serviceLog });
  const publisher = new CommercePublisher({
    db,
    clock,
    events,
    catalog: catalogView,
    currentShowId: showId,
    overlay,
    shows,
    log: serviceLog,
  });
  const engine = new ChatCommerce({ db, clock, catalog: catalogView, publisher, log: serviceLog });
  const chat = new ChatService({
    db,
    showId,
    clock,
    log: serviceLog,
    onMessages: (messages) => events.publish('chat.messages', messages),
    onDeleted: (deletion) => events.publish('chat.deleted', deletion),
    onTimeline: (event) => events.publish('show.timeline', event),
    // The engine applies a replay's feature in ingest's transaction; only one it did not apply (no show yet) comes here.
    onFeature: (f) => {
      if (!f.applied) shows.feature(f.code === null ? { productId: null } : { code: f.code }, 'replay');
    },
    onOutbox: (outbox) => events.publish('chat.outbox', outbox),
    onStatus: (s, all) => {
      // The manual entry box is always there and always "connected": the status shows real platforms only.
      if (s.platform === 'manual') return;
      if (all.some((c) => c.id === s.id)) status.setChatSource(s);
      else status.removeChatSource(s.id);
    },
    ingestHook: engine,
  });
  const replies = new ChatReplies({
    db,
    events,
    catalog: catalogView,
    settings: () => settings.get().commerce,
    send: (platform, text, replyTo) => chat.send(platform, text, replyTo),
    log: serviceLog,
  });
  const orders = new OrdersService({ db, clock, events, catalog: catalogView, currentShowId: showId, publisher, replies });
  const questions = new QuestionsService({
    db,
    clock,
    events,
    catalog: catalogView,
    settings: () => settings.get().commerce,
    currentShowId: showId,
    publisher,
    replies,
    log: serviceLog,
  });
  const chatSources = new ChatSourcesService({
    chat,
    secrets,
    readSources: () => settings.get().chat.sources,
    saveSources: (sources) => settings.store({ chat: { sources } }),
    log: serviceLog,
    clock,
  });
  orders.promoteWaitlists();
  // Claims stored while the engine failed (a bad rule, a bug) become orders once it can handle them.
  engine.retryUnhandled();
  events.internal.subscribe('settings.changed', ({ sections }) => {
    if (sections.includes('commerce')) engine.retryUnhandled();
  });
  const carts = new CartsService({
    db,
    clock,
    events,
    catalog: catalogView,
    publisher,
    settings: () => settings.get(),
    startedAt: clock(),
  });
  const parserReview = new ParserReviewService({ db, clock, events, catalog: catalogView, publisher });
  const shipping = new ShippingService({ db, clock, events, carts, publisher, settings: () => settings.get() });
  const customers = new CustomersService({ db, clock, events, catalog: catalogView, publisher });
  const deadlines = new DeadlineSweeper({
    carts,
    clock,
    intervalMs: options.deadlineSweepMs ?? 60_000,
    log: (level, message) => log[level](message),
  });
  const reports = new ReportService({ db, clock, ownAccounts: () => ownChatAccounts(settings.get()) });
  // Shows that ended before their chat was counted at the end (older databases): counted once, in the background.
  const chatTallyBackfill = new ChatTallyBackfill({
    db,
    onError: (error) => log.warn({ error: String(error) }, 'could not count an ended show’s chat for its report'),
  });

  const invoices = new InvoicesService({ db, clock, events, carts, settings: () => settings.get().invoices });

  // "Start demo show": a second studio on its own data folder and database, beside this one.
  const demo = new DemoService({
    demoOf: options.demoShow ? { returnUrl: options.demoShow.returnUrl } : null,
    demoDir: demoDirOf(options.dataDir),
    hasRunAShow: () => shows.list().some((s) => s.state !== 'draft'),
    launch: (demoDir) =>
      startStudio({
        dataDir: demoDir,
        dbFile: path.join(demoDir, 'demo.db'),
        port: 0,
        host: '127.0.0.1',
        demo: true,
        nativeBinding: options.nativeBinding,
        clock: options.clock,
        deadlineSweepMs: options.deadlineSweepMs,
        demoShow: { speed: 1, returnUrl: `${baseUrl}/#token=${hostToken}` },
      }),
    log: serviceLog,
  });

  // The contract's domains, in the order of shared/contract/index.ts.
  const handlers: Handlers = {
    ...catalogHandlers(catalog),
    ...showHandlers(shows),
    ...lineupHandlers(lineup),
    ...statusHandlers(status),
    ...settingsHandlers(settings),
    ...overlayHandlers(overlay, shows),
    ...accessHandlers(access),
    ...obsHandlers(obs),
    ...ordersHandlers(orders, questions, lineup),
    ...chatHandlers(chat),
    ...sourcesHandlers(chatSources),
    ...cartsHandlers(carts),
    ...parserHandlers(parserReview),
    ...shippingHandlers(shipping),
    ...invoicesHandlers(invoices),
    ...reportsHandlers(reports),
    ...customersHandlers(customers),
    ...demoHandlers(demo),
  };
  const io = attachSocketServer(http, {
    handlers,
    events,
    log,
    verifyToken: (token) => {
      const found = verifyToken(db, token);
      if (found) touchToken(db, found.id, clock());
      return found;
    },
    onClientsChanged: (n) => status.setClients(n),
  });
  if (listening.https) serveSocketsOver(io, listening.https);
  events.internal.subscribe('access.revoked', ({ tokenId }) => disconnectToken(io, tokenId));

  log.info({ port, host }, 'studio core listening');
  obs.start();
  chatSources.start();
  deadlines.start();
  chatTallyBackfill.start();
  if (options.demoShow) playDemoShow({ shows, chat }, { resourcesDir, speed: options.demoShow.speed });

  return {
    port,
    baseUrl,
    hostUrl: `${baseUrl}/#token=${hostToken}`,
    overlayUrl,
    tls: certificate && { fingerprint256: certificate.fingerprint256, spkiSha256: certificate.spkiSha256 },
    db,
    handlers,
    events,
    services: {
      catalog,
      lineup,
      shows,
      status,
      overlay,
      obs,
      chat,
      chatSources,
      settings,
      orders,
      questions,
      carts,
      deadlines,
      shipping,
      invoices,
      reports,
      customers,
      demo,
    },
    issueToken: (role, actor, label = '') => createToken(db, role, actor, label, clock()).token,
    async close() {
      await demo.close();
      deadlines.close();
      chatTallyBackfill.close();
      await obs.close();
      await chat.stop();
      for (const part of [catalogView, replies, orders, questions, carts]) part.close();
      catalog.close();
      lineup.close();
      shows.close();
      overlay.close();
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await listening.close();
      db.close();
      log.flush?.();
    },
  };
}
