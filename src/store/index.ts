import type { Clock } from '../core/schedule/clock.js';
import { storeError } from './open.js';
import { SqliteProgressStore } from './progress-store.js';

export { SqliteProgressStore } from './progress-store.js';

/** The real clock, for the commands (core code gets a Clock passed in). */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * Opens the progress database at `path` for the length of `work`, then closes it.
 * A database found corrupt on the way becomes an InputError naming the file (exit 2).
 */
export async function withStore<T>(
  path: string,
  work: (store: SqliteProgressStore) => Promise<T> | T,
  /** Only reads (stats, review, export): a database this process may not write is read as it is. */
  options: { forReading?: boolean } = {},
): Promise<T> {
  const store = SqliteProgressStore.open(path, options);
  try {
    return await work(store);
  } catch (error) {
    throw storeError(error, store.file);
  } finally {
    store.close();
  }
}
