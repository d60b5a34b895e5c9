import type Database from 'better-sqlite3';

/** One numbered, append-only schema step. Never edit a migration that has shipped: add the next one. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
