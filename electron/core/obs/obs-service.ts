/**
 * OBS inside the running studio: owns the controller's lifecycle and connects
 * it to the rest of the core. The password lives in the secret store only;
 * state goes to the status service and every staff client, the controller's
 * timeline events into the current show's timeline, and the featured product
 * (and, when the host asks for it, the lineup item's scene) into OBS.
 */
import type { Clock } from '../clock';
import type { EventPayload, Featured, Settings } from '../../../shared/contract';
import { StudioError } from '../../../shared/contract/errors';
import type { StudioEvents } from '../events';
import type { SecretStore } from '../secrets/secret-store';
import type { ShowService } from '../shows/show-service';
import type { StatusService } from '../status/status-service';
import { createObsController, type ObsController, type ObsControllerOptions } from './controller';
import { featuredContent } from './featured-content';
import type { FeaturedContent, ObsLogger, ObsStats, ObsStatus, OverlayInstallResult, SceneList } from './types';
import { obsUrl } from './url';

export const OBS_PASSWORD_SECRET = 'obs.password';

export interface ObsServiceOptions {
  events: StudioEvents;
  status: StatusService;
  shows: ShowService;
  secrets: SecretStore;
  readSettings(): Settings['obs'];
  saveSettings(obs: Settings['obs']): void;
  /** The overlay page with its token; known only once the studio listens. */
  overlayUrl(): string;
  imagesDir: string;
  log: ObsLogger;
  clock: Clock;
  /** Tests point the studio at their own OBS without touching settings or the secret store. */
  override?: { url: string; password?: string };
  /** Extra controller options (tests: faster stats). */
  controller?: Partial<Pick<ObsControllerOptions, 'statsIntervalMs' | 'heartbeatMs' | 'requestTimeoutMs'>>;
}

export class ObsService {
  private controller: ObsController | null = null;
  private readonly unsubscribe: (() => void)[];
  private readonly clock: Clock;
  /** The text last sent for the featured product, so stock edits of other products send nothing. */
  private lastContent: string | undefined;
  private closed = false;

  constructor(private readonly options: ObsServiceOptions) {
    this.clock = options.clock;
    this.unsubscribe = [
      options.events.subscribe((name, payload) => {
        if (name === 'show.featured') this.onFeatured(payload as EventPayload<'show.featured'>);
        else if (name === 'stock.changed')
          this.onProductsChanged((payload as EventPayload<'stock.changed'>).changes.map((c) => c.productId));
        else if (name === 'catalog.changed') this.onProductsChanged((payload as EventPayload<'catalog.changed'>).productIds);
      }),
      // settings.update touched the OBS section: turn OBS on or off, or follow a new address.
      options.events.internal.subscribe('settings.changed', ({ settings, sections }) => {
        if (sections.includes('obs')) this.settingsChanged(settings.obs);
      }),
    ];
  }

  /** Connects at startup when the host turned OBS on (or a test pointed the studio at one). */
  start(): void {
    const { override } = this.options;
    if (override) this.startController(override.url, override.password);
    else if (this.options.readSettings().enabled) this.startController(this.options.readSettings().url, this.storedPassword());
  }

  status(): { status: ObsStatus; stats: ObsStats | null } {
    return { status: this.currentStatus(), stats: this.controller?.lastStats() ?? null };
  }

  /** New address (and maybe password) from the host window: saved, then (re)connected. */
  async connect(input: { host: string; port: number; password?: string | null }): Promise<ObsStatus> {
    if (input.password === null) this.options.secrets.delete(OBS_PASSWORD_SECRET);
    else if (input.password !== undefined) this.options.secrets.set(OBS_PASSWORD_SECRET, input.password);
    const url = obsUrl(input.host, input.port);
    this.options.saveSettings({ ...this.options.readSettings(), url, enabled: true });
    const password = this.storedPassword();
    if (this.controller) await this.controller.connect({ url, password });
    else this.startController(url, password);
    return this.currentStatus();
  }

  private settingsChanged(obs: Settings['obs']): void {
    this.applySettings(obs).catch((error: unknown) => this.options.log.warn({ error: String(error) }, 'OBS settings not applied'));
  }

  private async applySettings(obs: Settings['obs']): Promise<void> {
    if (this.options.override) return;
    if (!obs.enabled) {
      const controller = this.controller;
      if (!controller) return;
      this.controller = null;
      await controller.stop();
      this.options.status.setObs({ state: 'disabled', detail: null, programScene: null });
      this.options.events.publish('obs.state', this.currentStatus());
      return;
    }
    if (!this.controller) this.startController(obs.url, this.storedPassword());
    else if (this.controller.status().url !== obs.url) await this.controller.connect({ url: obs.url, password: this.storedPassword() });
  }

  listScenes(): Promise<SceneList> {
    return this.connected().listScenes();
  }

  switchScene(sceneName: string) {
    return this.connected().switchScene(sceneName);
  }

  async thumbnail(sceneName: string, width: number): Promise<{ sceneName: string; dataUrl: string }> {
    return { sceneName, dataUrl: await this.connected().thumbnail(sceneName, width) };
  }

  installOverlay(scenes: string[]): Promise<OverlayInstallResult> {
    return this.connected().installOverlay({ scenes, overlayUrl: this.options.overlayUrl() });
  }

  setStream(action: 'start' | 'stop') {
    return this.connected().setStream(action);
  }

  setRecord(action: 'start' | 'stop') {
    return this.connected().setRecord(action);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const stop of this.unsubscribe) stop();
    const controller = this.controller;
    this.controller = null;
    await controller?.stop();
  }

  private storedPassword(): string | undefined {
    return this.options.secrets.get(OBS_PASSWORD_SECRET) ?? undefined;
  }

  private connected(): ObsController {
    if (!this.controller) throw StudioError.of('unavailable', 'obsIsOffConnectItFrom');
    return this.controller;
  }

  private currentStatus(): ObsStatus {
    if (this.controller) return this.controller.status();
    const obs = this.options.status.get().obs;
    return { ...obs, previewScene: null, studioMode: false, overlayMode: null, url: null };
  }

  private startController(url: string, password: string | undefined): void {
    if (this.closed) return;
    const { events, status, shows, log } = this.options;
    const controller = createObsController({
      url,
      password,
      log,
      ...this.options.controller,
      onState: (s) => {
        status.setObs({ state: s.state, detail: s.detail, programScene: s.programScene });
        events.publish('obs.state', s);
      },
      onTimeline: (type, data) => void shows.record(type, 'obs', data),
      onStats: (stats) => events.publish('obs.stats', stats),
    });
    this.controller = controller;
    // What is featured now is what the overlay shows once installed (and after every reconnect).
    this.lastContent = undefined;
    this.sendFeatured(featuredContent(shows.featured(), this.options.imagesDir, this.clock()));
    controller.start();
  }

  private onFeatured(featured: Featured): void {
    if (!this.controller) return;
    this.sendFeatured(featuredContent(featured, this.options.imagesDir, this.clock()));
    const sceneName = featured.lineupItem?.sceneName;
    if (sceneName && this.options.readSettings().followLineupScenes && this.controller.status().state === 'connected') {
      this.controller
        .switchScene(sceneName)
        .catch((error: unknown) => this.options.log.warn({ error: String(error), sceneName }, 'lineup scene switch failed'));
    }
  }

  /** Stock or product edits of the featured product change its card. */
  private onProductsChanged(productIds: number[]): void {
    if (!this.controller) return;
    const featured = this.options.shows.featured();
    const id = featured?.product?.id;
    if (id === undefined || !productIds.includes(id)) return;
    this.sendFeatured(featuredContent(featured, this.options.imagesDir, this.clock()));
  }

  private sendFeatured(content: FeaturedContent | null): void {
    const key = JSON.stringify(content);
    if (key === this.lastContent) return;
    this.lastContent = key;
    this.controller?.showFeatured(content).catch((error: unknown) => {
      // Sent again on the next change; after a reconnect the controller re-applies the latest by itself.
      this.lastContent = undefined;
      this.options.log.warn({ error: String(error) }, 'featured product not shown in OBS');
    });
  }
}
