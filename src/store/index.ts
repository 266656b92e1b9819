import type { Clock } from '../core/schedule/clock.js';
import type { Lang } from '../core/i18n.js';
import { storeError } from './open.js';
import { SqliteProgressStore } from './progress-store.js';

export { SqliteProgressStore } from './progress-store.js';

/**
 * The real clock, for the commands (core code gets a Clock passed in). FOCAL_NOW (an ISO
 * date-time) holds it at that moment, so that examples and tests of date-dependent output
 * (`focal plan`) print the same thing on any day.
 */
const heldAt = process.env.FOCAL_NOW ? Date.parse(process.env.FOCAL_NOW) : Number.NaN;
export const systemClock: Clock = { now: () => (Number.isFinite(heldAt) ? heldAt : Date.now()) };

/**
 * Opens the progress database at `path` for the length of `work`, then closes it.
 * A database found corrupt on the way becomes an InputError naming the file (exit 2).
 */
export async function withStore<T>(
  path: string,
  work: (store: SqliteProgressStore) => Promise<T> | T,
  /** Only reads (stats, review, export): a database this process may not write is read as it is. */
  options: { forReading?: boolean; lang?: Lang } = {},
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
