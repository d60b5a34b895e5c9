import fs from 'node:fs';
import path from 'node:path';
import type { SecretStore } from './secret-store';

/**
 * Headless mode's secret store: one JSON file readable by its owner only (0600),
 * written atomically (temp file + rename) so a crash never leaves half a file.
 * An optional codec lets the Electron shell encrypt values with safeStorage.
 */
export class FileSecretStore implements SecretStore {
  private values: Record<string, string>;

  constructor(
    private readonly file: string,
    private readonly codec: { encode(v: string): string; decode(v: string): string } = { encode: (v) => v, decode: (v) => v },
  ) {
    this.values = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>) : {};
  }

  get(name: string): string | null {
    const stored = this.values[name];
    return stored === undefined ? null : this.codec.decode(stored);
  }

  set(name: string, value: string): void {
    this.values[name] = this.codec.encode(value);
    this.flush();
  }

  delete(name: string): void {
    delete this.values[name];
    this.flush();
  }

  names(): string[] {
    return Object.keys(this.values).sort();
  }

  private flush(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(this.values, null, 2), { mode: 0o600 });
    fs.chmodSync(temp, 0o600);
    fs.renameSync(temp, this.file);
  }
}
