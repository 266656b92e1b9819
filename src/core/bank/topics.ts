import { InputError } from '../errors.js';
import { closeMatches } from './similar.js';

/**
 * `--topic` must name topics that exist: a typo is an error naming the close ones (or all of
 * them), rather than an empty selection. One check for every command that takes `--topic`.
 */
export function requireKnownTopics(topics: Iterable<string>, known: Iterable<string>): void {
  const names = [...new Set(known)];
  for (const topic of topics) {
    if (names.includes(topic)) continue;
    const close = closeMatches(topic, names);
    const hint = close.length > 0 ? `did you mean ${close.join(', ')}?` : `topics: ${[...names].sort().join(', ')}`;
    throw new InputError(`unknown topic "${topic}"; ${hint}`, { path: '--topic' });
  }
}
