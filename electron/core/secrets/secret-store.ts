/**
 * Secrets (OBS password, platform tokens, API keys, access-token values) live
 * behind this interface: never in the database, never in a log, never sent to
 * a renderer. The Electron shell supplies one backed by safeStorage; headless
 * mode uses FileSecretStore (a 0600 file in the data folder).
 */
export interface SecretStore {
  get(name: string): string | null;
  set(name: string, value: string): void;
  delete(name: string): void;
  /** Names only, for the settings screen ("token set" / "not set"). */
  names(): string[];
}

/** Keeps secrets in memory only: for tests and throwaway runs. */
export class MemorySecretStore implements SecretStore {
  private readonly values = new Map<string, string>();
  get(name: string) {
    return this.values.get(name) ?? null;
  }
  set(name: string, value: string) {
    this.values.set(name, value);
  }
  delete(name: string) {
    this.values.delete(name);
  }
  names() {
    return [...this.values.keys()].sort();
  }
}
