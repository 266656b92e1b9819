import { render } from 'ink';
import type { Lang } from '../../core/i18n.js';
import type { TopicProgress } from '../../core/schedule/progress.js';
import { makeUi } from '../ui-context.js';
import { UiRoot } from '../ui-root.js';
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
export async function runInkReview({ topics, lang, color, topicName, stop }: InkReviewOptions): Promise<string | null> {
  let chosen: string | null = null;
  const app = render(
    <UiRoot ui={makeUi(lang, color, topicName)}>
      <ReviewScreen
        topics={topics}
        onDrill={(topic) => {
          // The drill takes the screen over: leave no stale list behind it.
          chosen = topic;
          app.clear();
          app.unmount();
        }}
        onBack={() => app.unmount()}
      />
    </UiRoot>,
    { exitOnCtrlC: false },
  );
  void stop?.then(() => app.unmount());
  await app.waitUntilExit();
  return chosen;
}
