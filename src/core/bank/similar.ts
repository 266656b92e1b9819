// Close spellings, for "did you mean" suggestions (ids, topics, field names).

/** Up to `limit` candidates close to `word`: containing it, or within a few edits. */
export function closeMatches(word: string, candidates: string[], limit = 3): string[] {
  const lower = word.toLowerCase();
  const scored = candidates
    .map((candidate) => {
      const target = candidate.toLowerCase();
      const distance = editDistance(lower, target);
      const contains = lower.length >= 3 && (target.includes(lower) || lower.includes(target));
      // Containing the word is almost as good as one edit ("ratio" → "numbers-ratio-0968").
      return { candidate, score: contains ? Math.min(distance, 1.5) : distance };
    })
    .filter(({ score }) => score <= Math.max(2, Math.floor(word.length / 3)))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, limit).map(({ candidate }) => candidate);
}

/** Levenshtein distance, one row at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}
