import type { StringKey } from '../strings.js';

/** How long until an ISO time, as an interface string key and its number (minutes, hours or days). */
export function dueIn(iso: string, now: number): { key: StringKey; n: number } {
  // Rounded up, at least 1: a card not due yet is never "due in 0 min".
  const minutes = Math.max(1, Math.ceil((Date.parse(iso) - now) / 60_000));
  if (minutes < 60) return { key: 'due.minutes', n: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { key: 'due.hours', n: hours };
  return { key: 'due.days', n: Math.round(hours / 24) };
}
