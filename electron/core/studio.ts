/**
 * The composition root: builds every service of the studio core and wires
 * them together. Nothing else constructs services; the CLI, the Electron
 * shell and the tests all start the studio through here.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Server as SocketServer } from 'socket.io';
import type { Role } from '../../shared/contract';
import { AccessService } from './access/access-service';
import { appRoot, appVersion } from './app-root';
import { CatalogService } from './catalog/catalog-service';
import { createChatService, type ChatService } from './chat/service';
import { ChatSourcesService } from './chat/sources-service';
import { CatalogView, ChatCommerce, ChatReplies, CommercePublisher, OrdersService, QuestionsService } from './commerce';
import { seedDemo } from './demo/seed';
import { StudioEvents } from './events';
import { createLog, type Log } from './log';
import { OverlayService } from './overlay/overlay-service';
import { ObsService } from './obs/obs-service';
import { dataPaths } from './paths';
import { FileSecretStore } from './secrets/file-secret-store';
import type { SecretStore } from './secrets/secret-store';
import type { Handlers } from './server/dispatch';
import { createHttpServer } from './server/http';
import { attachSocketServer, disconnectToken } from './server/socket';
import { ShowService } from './shows/show-service';
import { LineupService } from './shows/lineup-service';
import { StatusService } from './status/status-service';
import { openDatabase, schemaVersion, type Db } from './store/db';
import { currentShowId } from './store/shows';
import { readSettings, writeSettings } from './store/settings';
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
  clock?: () => number;
  /** Connect to this OBS at startup whatever the settings say, with this password (not stored): for tests. */
  obs?: { url: string; password?: string; statsIntervalMs?: number };
}

export interface Studio {
  port: number;
  baseUrl: string;
  /** The host window's address, with the host token in the fragment (never sent to a server log). */
  hostUrl: string;
  overlayUrl: string;
  db: Db;
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
    orders: OrdersService;
    questions: QuestionsService;
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

function lanAddress(): string | null {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

export async function startStudio(options: StudioOptions): Promise<Studio> {
  const clock = options.clock ?? Date.now;
  const root = appRoot();
  const paths = dataPaths(options.dataDir);
  fs.mkdirSync(options.dataDir, { recursive: true });
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

  const events = new StudioEvents();
  const status = new StatusService(events, { version: appVersion(root), startedAt: clock(), schemaVersion: schemaVersion(db) }, clock);
  const catalog = new CatalogService(db, { events, clock, imagesDir: paths.images });
  const shows = new ShowService(db, events, clock);
  const overlay = new OverlayService(events, () => readSettings(db).overlay, clock);
  const lineup = new LineupService({ db, events, clock, overlay });
  // The socket server exists only once handlers are built; revocation reaches it through this late binding.
  let io: SocketServer | null = null;
  let inviteBase = '';
  // OBS's browser source needs the overlay URL with its token, known once the studio listens.
  let overlayUrl = '';
  const obs = new ObsService({
    events,
    status,
    shows,
    secrets,
    readSettings: () => readSettings(db).obs,
    saveSettings: (next) => writeSettings(db, { obs: next }, clock()),
    overlayUrl: () => overlayUrl,
    imagesDir: paths.images,
    log,
    override: options.obs,
    controller: options.obs?.statsIntervalMs === undefined ? undefined : { statsIntervalMs: options.obs.statsIntervalMs },
  });
  const access = new AccessService(db, { base: () => inviteBase }, (id) => io && disconnectToken(io, id), clock);
  // Commerce: the engine runs inside each chat ingest transaction (an order commits with its message);
  // the publisher tells clients after the commit, and chat replies follow its commerce.committed.
  const serviceLog = (level: 'debug' | 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) =>
    log[level](data ?? {}, message);
  const showId = () => currentShowId(db);
  const catalogView = new CatalogView({ db, events, extraIntentRules: () => readSettings(db).commerce.extraIntentRules });
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
  const chat = createChatService({
    db,
    showId: () => currentShowId(db),
    clock: { now: clock },
    log: serviceLog,
    onMessages: (messages) => events.publish('chat.messages', messages),
    onDeleted: (deletion) => events.publish('chat.deleted', deletion),
    onTimeline: (event) => events.publish('show.timeline', event),
    // The ingest hook applies a replay's feature in its transaction; only one it did not apply is applied here.
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
    settings: () => readSettings(db).commerce,
    send: (platform, text, replyTo) => chat.send(platform, text, replyTo),
    log: serviceLog,
  });
  const orders = new OrdersService({ db, clock, events, catalog: catalogView, currentShowId: showId, publisher, replies });
  const questions = new QuestionsService({
    db,
    clock,
    events,
    settings: () => readSettings(db).commerce,
    currentShowId: showId,
    publisher,
    replies,
    log: serviceLog,
  });
  orders.promoteWaitlists();
  const chatSources = new ChatSourcesService({
    chat,
    secrets,
    readSources: () => readSettings(db).chat.sources,
    saveSources: (sources) => writeSettings(db, { chat: { sources } }, clock()),
    log: (level, message, data) => log[level](data ?? {}, message),
    clock,
  });

  const handlers: Handlers = {
    'catalog.list': () => catalog.list(),
    'catalog.get': ({ productId }) => catalog.get(productId),
    'catalog.product.create': (input, ctx) => catalog.create(input, ctx.actor),
    'catalog.product.update': (input, ctx) => catalog.update(input, ctx.actor),
    'catalog.product.delete': ({ productId }) => catalog.delete(productId),
    'catalog.image.add': (input) => catalog.addImage(input),
    'catalog.image.remove': ({ imageId }) => catalog.removeImage(imageId),
    'stock.adjust': (input, ctx) => catalog.adjustStock(input, ctx.actor),
    'stock.movements': ({ variantId, limit }) => catalog.movements(variantId, limit),
    'catalog.import.upload': ({ uploadId, part, text }) => catalog.upload(uploadId, part, text),
    'catalog.import.preview': (input) => catalog.importPreview(input),
    'catalog.import.apply': (input, ctx) => catalog.importApply(input, ctx.actor),
    'catalog.export': ({ format }) => catalog.export(format),
    'lineup.get': ({ showId }) => lineup.get(showId),
    'lineup.add': (input) => lineup.add(input),
    'lineup.remove': ({ itemId }) => lineup.remove(itemId),
    'lineup.move': ({ itemId, toPosition }) => lineup.move(itemId, toPosition),
    'lineup.reorder': (input) => lineup.reorder(input),
    'lineup.update': (input) => lineup.update(input),
    'show.current': () => shows.current(),
    'show.list': () => shows.list(),
    'show.create': (input, ctx) => shows.create(input, ctx.actor),
    'show.update': ({ showId, ...patch }) => shows.update(showId, patch),
    'show.goLive': ({ showId }, ctx) => shows.goLive(showId, ctx.actor),
    'show.end': ({ showId }, ctx) => shows.end(showId, ctx.actor),
    'show.featured': () => shows.featured(),
    'show.feature': (input, ctx) => shows.feature(input, ctx.actor),
    'show.timeline': ({ afterSeq, limit }) => shows.timeline(afterSeq, limit),
    'status.get': () => status.get(),
    'settings.get': () => readSettings(db),
    'settings.update': (patch) => {
      const next = writeSettings(db, patch, clock());
      if (patch.overlay) overlay.settingsChanged(next.overlay);
      if (patch.obs) obs.settingsChanged(next.obs);
      return next;
    },
    'overlay.state': () => overlay.state(),
    'overlay.pin': (input, ctx) => overlay.pin(input, ctx.actor),
    'overlay.unpin': () => overlay.unpin(),
    'overlay.testClaim': (input) =>
      overlay.announceClaim({
        buyer: input.buyer ?? 'Anna',
        code: input.code ?? shows.featured()?.product?.code ?? 'A12',
        variant: input.variant ?? 'M',
      }),
    'obs.status': () => obs.status(),
    'obs.scenes': () => obs.listScenes(),
    'obs.switchScene': ({ sceneName }) => obs.switchScene(sceneName),
    'obs.thumbnail': ({ sceneName, width }) => obs.thumbnail(sceneName, width),
    'obs.installOverlay': ({ scenes }) => obs.installOverlay(scenes),
    'obs.stream': ({ action }) => obs.setStream(action),
    'obs.record': ({ action }) => obs.setRecord(action),
    'obs.connect': (input) => obs.connect(input),
    'access.list': () => access.list(),
    'access.invite': ({ role, actor, label }) => access.invite(role, actor, label),
    'access.revoke': ({ id }, ctx) => access.revoke(id, ctx.tokenId),
    'chat.recent': ({ afterSeq, limit }) => chat.recent(afterSeq, limit),
    'chat.manual': (input, ctx) => chat.enterManual({ ...input, enteredBy: ctx.actor }),
    'chat.send': ({ platform, text, replyTo }) => chat.send(platform, text, replyTo),
    'chat.outbox': () => chat.outbox(),
    'chat.sources.list': () => chatSources.list(),
    'chat.sources.add': (input) => chatSources.add(input),
    'chat.sources.remove': ({ id }) => chatSources.remove(id),
    'orders.list': (input) => orders.list(input),
    'orders.events': ({ orderId }) => orders.events(orderId),
    'orders.setState': (input, ctx) => orders.setState(input, ctx),
    'orders.completeDetails': (input, ctx) => orders.completeDetails(input, ctx),
    'orders.create': (input, ctx) => orders.create(input, ctx),
    'orders.askDetails': (input) => orders.askDetails(input),
    'questions.list': (input) => questions.list(input),
    'questions.answer': (input, ctx) => questions.answer(input, ctx),
    'questions.dismiss': ({ questionId }, ctx) => questions.dismiss(questionId, ctx),
    'commerce.summary': ({ showId }) => orders.summary(showId),
    'deal.start': ({ itemId }) => lineup.startDeal(itemId),
    'deal.end': ({ itemId }) => lineup.endDeal(itemId),
  };

  const http = createHttpServer({
    rendererDir: path.join(root, 'out', 'renderer'),
    imagesDir: paths.images,
    resourcesDir,
    health: () => ({ ok: true, version: status.get().core.version }),
  });
  io = attachSocketServer(http, {
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

  const host = options.host ?? (readSettings(db).network.lanAccess ? '0.0.0.0' : '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const baseUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  // Co-moderators open invites from their own machines: give them the LAN address when the studio listens on it.
  inviteBase = host === '0.0.0.0' ? `http://${lanAddress() ?? '127.0.0.1'}:${port}` : baseUrl;
  const hostToken = ensureToken(db, secrets, 'host', 'host', clock());
  const overlayToken = ensureToken(db, secrets, 'overlay', 'overlay', clock());
  overlayUrl = `${baseUrl}/overlay/#token=${overlayToken}`;
  log.info({ port, host }, 'studio core listening');
  obs.start();
  chatSources.start();

  return {
    port,
    baseUrl,
    hostUrl: `${baseUrl}/#token=${hostToken}`,
    overlayUrl,
    db,
    events,
    services: { catalog, lineup, shows, status, overlay, obs, chat, chatSources, orders, questions },
    issueToken: (role, actor, label = '') => createToken(db, role, actor, label, clock()).token,
    async close() {
      await obs.close();
      await chat.stop();
      for (const part of [catalogView, replies, orders, questions]) part.close();
      catalog.close();
      overlay.close();
      const server = io!;
      server.disconnectSockets(true);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => (http.listening ? http.close(() => resolve()) : resolve()));
      db.close();
      log.flush?.();
    },
  };
}
