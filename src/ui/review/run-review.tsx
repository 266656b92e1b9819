import type { Lang } from '../../core/i18n.js';
import type { TopicProgress } from '../../core/schedule/progress.js';
import { makeUi } from '../ui-context.js';
import { runUntilChosen } from '../components/run-until-chosen.js';
import { ReviewScreen } from './review-screen.js';

export interface InkReviewOptions {
  topics: readonly TopicProgress[];
  lang: Lang;
  color: boolean;
  /** A topic's name in `lang`. */
  topicName: (topic: string) => string;
  /** Settles when the screen must close at once (the process was asked to end): as going back. */
  stop?: Promise<void>;
}

/** Shows the review screen until the learner picks a topic to drill (its id) or goes back (null). */
export function runInkReview({ topics, lang, color, topicName, stop }: InkReviewOptions): Promise<string | null> {
  return runUntilChosen<string>(makeUi(lang, color, topicName), (choose, back) => <ReviewScreen topics={topics} onDrill={choose} onBack={back} />, stop);
}
