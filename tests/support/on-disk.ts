import Database from 'better-sqlite3';

/** Rows read through a second, read-only connection to the file: what a test asserts is what is on disk, not what one connection holds. */
export function onDisk<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
