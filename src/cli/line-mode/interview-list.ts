import type { Lang } from '../../core/i18n.js';
import type { PastInterview } from '../../store/interviews.js';
import { scoreText } from '../../text/interview-text.js';
import { localDate } from '../../store/history.js';
import { t } from '../../core/words/index.js';

/**
 * The part of `focal stats` about interviews: the day mastery is measured for when an interview
 * date is set, and the past mock interviews with their scores (nothing when there are none).
 */
export function renderInterviews(interviews: readonly PastInterview[], interviewDay: string | null, lang: Lang): string {
  const lines: string[] = [];
  if (interviewDay) lines.push('', t(lang, 'interview.statsHorizon', { day: interviewDay }));
  if (interviews.length > 0) {
    lines.push('', t(lang, 'interview.statsTitle'));
    for (const interview of interviews) {
      const at = Date.parse(interview.startedAt);
      const when = `${localDate(at)} ${String(new Date(at).getHours()).padStart(2, '0')}:${String(new Date(at).getMinutes()).padStart(2, '0')}`;
      const minutes = interview.minutes === null ? '' : `  ${t(lang, 'interview.statsMinutes', { n: scoreText(interview.minutes) })}`;
      const result =
        interview.score !== null && interview.maxScore !== null
          ? t(lang, 'interview.statsScore', { score: scoreText(interview.score), max: interview.maxScore })
          : t(lang, 'interview.statsUnfinished', { n: interview.answered });
      lines.push(`  ${when}  ${result}${minutes}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
