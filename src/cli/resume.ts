// `focal drill --resume`: which session it continues, with which options, and what it says first.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, type Said } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import type { DrillMode } from '../core/schedule/pick.js';
import type { DrillOptions } from '../core/session/session.js';
import type { Busy, Resumable } from '../store/resume.js';
import { t } from '../core/words/index.js';

/** The drill's options a resumed session takes from the session itself: giving them with --resume is an error. */
const SESSION_OPTIONS = ['topic', 'kind', 'count', 'mode', 'question', 'seed'] as const;

/**
 * --resume continues a session exactly as it began, so a filter given with it is refused
 * rather than silently ignored or half applied. `--lang`, `--pack`, `--db` and `--plain`
 * apply as usual; the config file's and FOCAL_* defaults do not reach a resumed session.
 */
export function refuseSessionOptions(rawArgs: readonly string[]): void {
  for (const arg of rawArgs) {
    if (arg === '--') break;
    const name = /^--([a-z]+)(?:=|$)/.exec(arg)?.[1];
    if (name && (SESSION_OPTIONS as readonly string[]).includes(name)) {
      throw new InputError({ key: 'error.resumeOption', params: { name } }, {
        path: `--${name}`,
      });
    }
  }
}

/** Why there is nothing to resume, naming the database looked in. */
export function nothingToResume(file: string, busy: readonly Busy[]): InputError {
  const running = busy
    .map((session): Said => ({ key: 'error.stillRunning', params: { time: localTime(session.startedAt), pid: session.pid } }))
    .reduce<Said | null>((all, one) => (all ? { key: 'error.semicolonPair', params: { first: all, second: one } } : one), null);
  return new InputError(running ? { key: 'error.nothingToResumeRunning', params: { file, running } } : { key: 'error.nothingToResume', params: { file } });
}

/** What a resumed session runs with, and what is said before its first question. */
export interface ResumePlan {
  packDirs: string[];
  lang: Lang;
  options: Pick<DrillOptions, 'mode' | 'topics' | 'kinds' | 'count' | 'questionId' | 'seed' | 'resume'>;
  /** The pack folders the session used that are gone now. */
  gonePacks: string[];
}

/** The session's own options; `--pack` folders are added to those it used, `--lang` overrides its language. */
export function resumePlan(claimed: Resumable, packDirs: readonly string[], lang: Lang | undefined): ResumePlan {
  const { session, planned, answers } = claimed;
  const stored = session.options;
  const storedPacks = strings(stored.packs);
  const gonePacks = storedPacks.filter((dir) => !isFolder(dir));
  const packs = [...new Set([...storedPacks.filter(isFolder), ...packDirs.map((dir) => resolve(dir))])];
  const question = typeof stored.question === 'string' ? stored.question : undefined;
  return {
    packDirs: packs,
    lang: lang ?? (stored.lang === 'zh' || stored.lang === 'en' ? stored.lang : 'en'),
    gonePacks,
    options: {
      mode: session.mode as DrillMode,
      topics: strings(stored.topics),
      kinds: strings(stored.kinds),
      count: planned,
      ...(question !== undefined ? { questionId: question } : {}),
      ...(session.seed !== null ? { seed: session.seed } : {}),
      resume: { id: session.id, planned, answers },
    },
  };
}

/**
 * The lines said before a resumed session's first question: which session, how far it got,
 * and what of it no loaded pack holds any more.
 */
export function resumeIntro(plan: ResumePlan, startedAt: number, known: { topics: ReadonlySet<string>; questions: ReadonlySet<string> }): string[] {
  const { lang, options } = plan;
  const resume = options.resume!;
  const filters = [
    `${t(lang, 'line.resume.mode')} ${options.mode}`,
    ...(options.topics?.length ? [`${t(lang, 'line.resume.topics')} ${options.topics.join(', ')}`] : []),
    ...(options.kinds?.length ? [`${t(lang, 'line.resume.kinds')} ${options.kinds.join(', ')}`] : []),
    ...(options.questionId !== undefined ? [`${t(lang, 'line.resume.question')} ${options.questionId}`] : []),
    ...(options.seed !== undefined ? [`seed ${options.seed}`] : []),
  ];
  const answered = resume.answers.length;
  return [
    t(lang, 'line.resume.start', { when: localTime(startedAt), filters: filters.join(' · '), answered, planned: resume.planned, left: resume.planned - answered }),
    ...plan.gonePacks.map((dir) => t(lang, 'line.resume.gonePack', { dir })),
    ...(options.topics ?? []).filter((topic) => !known.topics.has(topic)).map((topic) => t(lang, 'line.resume.goneTopic', { topic })),
    ...(options.questionId !== undefined && !known.questions.has(options.questionId) ? [t(lang, 'line.resume.goneQuestion', { id: options.questionId })] : []),
  ];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** YYYY-MM-DD HH:MM in local time. */
function localTime(ms: number): string {
  const date = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
