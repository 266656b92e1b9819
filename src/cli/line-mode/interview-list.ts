import type { Lang } from '../../core/i18n.js';
import type { PastInterview } from '../../store/interviews.js';
import { interviewWord, scoreText } from '../../ui/interview/interview-words.js';
import { localDate } from '../../store/history.js';

/**
 * The part of `focal stats` about interviews: the day mastery is measured for when an interview
 * date is set, and the past mock interviews with their scores (nothing when there are none).
 */
export function renderInterviews(interviews: readonly PastInterview[], interviewDay: string | null, lang: Lang): string {
  const lines: string[] = [];
  if (interviewDay) lines.push('', interviewWord(lang, 'statsHorizon', { day: interviewDay }));
  if (interviews.length > 0) {
    lines.push('', interviewWord(lang, 'statsTitle'));
    for (const interview of interviews) {
      const at = Date.parse(interview.startedAt);
      const when = `${localDate(at)} ${String(new Date(at).getHours()).padStart(2, '0')}:${String(new Date(at).getMinutes()).padStart(2, '0')}`;
      const minutes = interview.minutes === null ? '' : `  ${interviewWord(lang, 'statsMinutes', { n: scoreText(interview.minutes) })}`;
      const result =
        interview.score !== null && interview.maxScore !== null
          ? interviewWord(lang, 'statsScore', { score: scoreText(interview.score), max: interview.maxScore })
          : interviewWord(lang, 'statsUnfinished', { n: interview.answered });
      lines.push(`  ${when}  ${result}${minutes}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
