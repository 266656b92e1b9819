import { expect } from 'vitest';
import type { MultipleQuestion } from '../../src/core/kinds/multiple.js';
import type { SingleQuestion } from '../../src/core/kinds/single.js';
import { runFocal } from './run-focal.js';

/**
 * The letters a choice question's correct (or wrong) options are shown with when the drill asks it
 * with `args` (which must fix the order: `--seed S`). Options are shuffled per instance, so tests read
 * them off a line-mode run that quits at once, as a learner reads them off the screen.
 */
export async function shownLetters(
  question: SingleQuestion | MultipleQuestion,
  args: string[],
  { correct = true, lang = 'en' as 'en' | 'zh', env }: { correct?: boolean; lang?: 'en' | 'zh'; env?: Record<string, string | undefined> } = {},
): Promise<string[]> {
  const preview = await runFocal(['drill', '--question', question.id, '--lang', lang, ...args], { input: ':quit\n', ...(env ? { env } : {}) });
  return question.options
    .filter((option) => (option.correct === true) === correct)
    .map((option) => {
      const text = option.text[lang].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const shown = new RegExp(`\\n  ([a-z])\\) ${text}\\n`).exec(preview.stdout);
      expect(shown, `${question.id}: the option "${option.text[lang]}" is shown`).not.toBeNull();
      return shown![1]!;
    })
    .sort();
}
