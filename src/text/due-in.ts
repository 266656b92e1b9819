/** How long until an ISO time: its unit (minutes, hours or days) and the number of them. */
export function dueIn(iso: string, now: number): { unit: 'minutes' | 'hours' | 'days'; n: number } {
  // Rounded up, at least 1: a card not due yet is never "due in 0 min".
  const minutes = Math.max(1, Math.ceil((Date.parse(iso) - now) / 60_000));
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { unit: 'hours', n: hours };
  return { unit: 'days', n: Math.round(hours / 24) };
}
