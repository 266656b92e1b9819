// A real drill for UI tests: the session loop, the SQLite store in a temp folder and the
// grader (loaded lazily, exactly as the program does), on question data from fixtures.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import type { Question } from '../../src/core/bank/types.js';
import type { Lang } from '../../src/core/i18n.js';
import { fixedClock } from '../../src/core/schedule/clock.js';
import { createDrillSession } from '../../src/core/session/session.js';
import { SqliteProgressStore } from '../../src/store/progress-store.js';
import { deferredGrading } from '../../src/core/session/deferred-grading.js';
import { DrillApp } from '../../src/ui/drill/drill-app.js';
import { mathPreviewer } from '../../src/ui/kinds/formula/math-previewer.js';
import { answerKey } from '../../src/core/grading/answer-key.js';
import { renderUi } from './render.js';

export function startDrill(questions: Question[], { lang = 'en' as Lang, count = questions.length } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'focal-ui-'));
  const dbPath = join(dir, 'progress.db');
  const store = SqliteProgressStore.open(dbPath);
  const clock = fixedClock(Date.UTC(2026, 0, 5, 9));
  const grading = deferredGrading();
  const session = createDrillSession({
    bank: { questions },
    instantiate: grading.instantiate,
    grade: grading.grade,
    store,
    clock,
    options: { mode: 'new', count, lang, seed: 7 },
  });
  const loadTools = async () => {
    await grading.load();
    return { previewer: mathPreviewer, reveal: (instance: Parameters<typeof answerKey>[0]) => answerKey(instance, lang).text };
  };
  const view = renderUi(<DrillApp session={session} loadTools={loadTools} now={clock.now} dbPath={dbPath} />, lang);
  /** Rows of the database, read with a separate connection as any other reader would. */
  const query = <T,>(sql: string): T[] => {
    const db = new Sqlite(dbPath, { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };
  const close = () => {
    view.unmount();
    store.db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { ...view, session, query, close };
}
