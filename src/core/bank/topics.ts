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
    throw new InputError(
      close.length > 0 ? { key: 'error.unknownTopic', params: { topic, names: close.join(', ') } } : { key: 'error.unknownTopicList', params: { topic, names: [...names].sort().join(', ') } },
      { path: '--topic' },
    );
  }
}
