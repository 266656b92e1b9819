import { render } from 'ink';
import type { Lang, Localized } from '../../core/i18n.js';
import type { TopicProgress } from '../../core/schedule/progress.js';
import { makeUi } from '../ui-context.js';
import { UiRoot } from '../ui-root.js';
import { ReviewScreen } from './review-screen.js';

export interface InkReviewOptions {
  topics: readonly TopicProgress[];
  lang: Lang;
  color: boolean;
  topicNames: Record<string, Localized>;
}

/** Shows the review screen until the learner picks a topic to drill (its id) or goes back (null). */
export async function runInkReview({ topics, lang, color, topicNames }: InkReviewOptions): Promise<string | null> {
  let chosen: string | null = null;
  const app = render(
    <UiRoot ui={makeUi(lang, color, topicNames)}>
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
  await app.waitUntilExit();
  return chosen;
}
