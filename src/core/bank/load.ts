import { readdirSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { Localized } from '../i18n.js';
import { crossPackProblems, duplicateIds, type NamedEntry } from './duplicates.js';
import { describeIssues, formatPath, type FieldIssue } from './issues.js';
import { displayPath, sortProblems, type Problem } from './problems.js';
import { packSchema, questionFileSchema } from './schema.js';
import { checkStructure, unknownTopic } from './structure.js';
import { KINDS, type Kind, type Pack, type Question } from './types.js';
import { fieldNames, specOfKind, type RawQuestion } from '../kinds/specs.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';
import { escapeControls } from '../terminal-text.js';
import { readPackText, type TextRead } from './safe-read.js';
import type { Said } from '../words/index.js';

/** A pack as loaded: what could be read (null when nothing could) and every problem found. */
export interface PackLoad {
  /** The pack with its valid questions (a question with a problem is left out). */
  pack: Pack | null;
  problems: Problem[];
  /** What loads but deserves a look: texts without zh, which show the en text instead. */
  warnings: Problem[];
  /** Every question id written in the pack, valid or not, for the duplicate check. */
  ids: NamedEntry[];
  /** Where a field of a loaded question is written (for problems found by later checks). */
  locate: Locator;
  /** Entries of the `questions:` lists read, valid or not. */
  questionCount: number;
}

export type Locator = (question: Question, path: (string | number)[]) => { line?: number; column?: number };

export interface PacksLoad {
  packs: Pack[];
  problems: Problem[];
  warnings: Problem[];
  locate: Locator;
  questionCount: number;
}

/**
 * Loads several packs and checks what spans them (ids must be unique across packs).
 * A folder is loaded once even when named twice.
 */
export function loadPacks(dirs: string[]): PacksLoad {
  const unique = [...new Set(dirs.map((dir) => resolve(dir)))];
  const packs: Pack[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const ids: NamedEntry[] = [];
  const locators: Locator[] = [];
  let questionCount = 0;
  for (const dir of unique) {
    const loaded = loadPack(dir);
    questionCount += loaded.questionCount;
    problems.push(...loaded.problems);
    warnings.push(...loaded.warnings);
    if (loaded.pack) packs.push(loaded.pack);
    ids.push(...loaded.ids);
    locators.push(loaded.locate);
  }
  problems.push(...crossPackProblems(packs, ids));
  const locate: Locator = (question, path) => {
    for (const find of locators) {
      const found = find(question, path);
      if (found.line !== undefined) return found;
    }
    return {};
  };
  return { packs, problems, warnings, locate, questionCount };
}

/** Reads `pack.yaml` and every `*.yaml` question file of one pack folder. */
export function loadPack(dir: string): PackLoad {
  dir = resolve(dir);
  const problems: Problem[] = [];
  const manifest = join(dir, 'pack.yaml');
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name) && name !== 'pack.yaml')
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return { pack: null, ids: [], locate: () => ({}), questionCount: 0, warnings: [], problems: [{ file: dir, message: { key: 'pack.cannotReadFolder' } }] };
  }

  const warnings: Problem[] = [];
  const header = readPackHeader(manifest, problems, warnings);
  const pack: Pack = {
    id: header?.id ?? basename(dir),
    title: header?.title ?? { en: basename(dir), zh: basename(dir) },
    topics: header?.topics ?? {},
    dir,
    questions: [],
  };
  const reading: PackReading = {
    pack,
    topics: header?.topics ?? null,
    snippets: new SnippetReader(dir),
    problems,
    warnings,
    ids: [],
    places: new Map(),
    count: 0,
  };
  for (const file of files) {
    const { yaml, problems: fileProblems } = readYamlFile(file);
    problems.push(...fileProblems);
    if (yaml) pack.questions.push(...readQuestionFile(yaml, reading));
  }
  const { ids, places } = reading;
  problems.push(...duplicateIds(ids, false));
  // A repeated id is a problem; the first question with it stays, like any valid question.
  const seen = new Set<string>();
  pack.questions = pack.questions.filter((question) => !seen.has(question.id) && Boolean(seen.add(question.id)));
  const locate: Locator = (question, path) => {
    const place = places.get(question);
    return place ? place.yaml.locate(['questions', place.index, ...path]) : {};
  };
  return { pack, problems: sortProblems(problems), warnings: sortProblems(warnings), ids, locate, questionCount: reading.count };
}

function readPackHeader(file: string, problems: Problem[], warnings: Problem[]): { id: string; title: Localized; topics: Record<string, Localized> } | null {
  const { yaml, problems: readProblems } = readYamlFile(file);
  problems.push(...readProblems);
  if (!yaml) return null;
  for (const path of missingChinese(yaml.data, [])) warnings.push({ ...fieldProblem(yaml, { path, message: MISSING_ZH }) });
  const parsed = packSchema.safeParse(yaml.data ?? {});
  if (parsed.success) return parsed.data;
  problems.push(...describeIssues(parsed.error.issues, yaml.data, FIELD_NAMES).map((issue) => fieldProblem(yaml, issue)));
  return null;
}

/** What reading one pack collects across its question files. */
interface PackReading {
  pack: Pack;
  /** The topics of pack.yaml, or null when it could not be read (topics are then not checked). */
  topics: Record<string, Localized> | null;
  snippets: SnippetReader;
  problems: Problem[];
  warnings: Problem[];
  ids: NamedEntry[];
  /** Where each loaded question is written, for the locator. */
  places: Map<Question, { yaml: YamlFile; index: number }>;
  /** Entries of the `questions:` lists, valid or not. */
  count: number;
}

function readQuestionFile(yaml: YamlFile, reading: PackReading): Question[] {
  const { pack, topics, snippets, problems, ids, places } = reading;
  const parsed = questionFileSchema.safeParse(yaml.data);
  if (!parsed.success) {
    problems.push({ file: yaml.file, line: 1, column: 1, message: { key: 'pack.questionFile' } });
    return [];
  }
  const questions: Question[] = [];
  reading.count += parsed.data.questions.length;
  parsed.data.questions.forEach((raw, index) => {
    const base = ['questions', index];
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    if (id) ids.push({ id, file: yaml.file, ...yaml.locate([...base, 'id']) });
    let broken = false;
    const report = (issue: FieldIssue) => {
      broken = true;
      // Without an id the question is named by its place in the file.
      const path = id ? issue.path : [...base, ...issue.path];
      problems.push({ file: yaml.file, ...yaml.locate([...base, ...issue.path]), id, path: formatPath(path) || undefined, message: issue.message });
    };

    if (!isRecord(raw)) return report({ path: [], message: { key: 'pack.questionMapping' } });
    for (const path of missingChinese(raw, [])) {
      reading.warnings.push({ file: yaml.file, ...yaml.locate([...base, ...path]), id, path: formatPath(id ? path : [...base, ...path]), message: MISSING_ZH });
    }
    const kind = raw.kind;
    if (!KINDS.includes(kind as Kind)) {
      const message: Said = kind === undefined ? { key: 'field.required' } : { key: 'pack.unknownKind', params: { kind: JSON.stringify(kind), kinds: KINDS.join(', ') } };
      return report({ path: ['kind'], message });
    }
    const spec = specOfKind(kind as Kind);
    const result = spec.schema.safeParse(raw);
    if (!result.success) {
      describeIssues(result.error.issues, raw, FIELD_NAMES).forEach(report);
      // The topic check does not need a valid shape; run it so one pass reports everything.
      if (typeof raw.topic === 'string' && topics && !Object.hasOwn(topics, raw.topic)) {
        report({ path: ['topic'], message: unknownTopic(raw.topic, topics) });
      }
      return;
    }
    const question = result.data;
    const snippet = spec.snippetOf?.(question);
    let code: string | undefined;
    let snippetLines: number | null = null;
    if (snippet !== undefined) {
      const read = snippets.read(snippet);
      if ('error' in read) {
        const where = displayPath(join(pack.dir, snippet));
        report({ path: ['snippet'], message: read.error.key === 'pack.read.noSuchFile' ? { key: 'pack.snippetNotFound', params: { file: where } } : { key: 'pack.snippetUnreadable', params: { file: where, reason: read.error } } });
      }
      else [code, snippetLines] = [read.text, lineCount(read.text)];
    }
    checkStructure(question, { topics }).forEach(report);
    spec.checkStructure(question, { snippetLines }).forEach(report);
    if (broken) return;
    const loaded = toQuestion(question, pack.id, yaml.file, code);
    places.set(loaded, { yaml, index });
    questions.push(loaded);
  });
  return questions;
}

/** The question as loaded: its fields as read, where it comes from and the text of its snippet (if it has one). */
function toQuestion(raw: RawQuestion, pack: string, file: string, code: string | undefined): Question {
  return { ...raw, pack, file, tags: raw.tags, ...(code !== undefined ? { code } : {}) } as Question;
}

function fieldProblem(yaml: YamlFile, issue: FieldIssue): Problem {
  return { file: yaml.file, ...yaml.locate(issue.path), path: formatPath(issue.path) || undefined, message: issue.message };
}

/** Reads each snippet once per pack: only files inside the pack folder, symlinks resolved. */
class SnippetReader {
  private readonly cache = new Map<string, TextRead>();
  constructor(private readonly dir: string) {}

  read(name: string): TextRead {
    const file = resolve(this.dir, name);
    if (!this.cache.has(file)) {
      const rel = relative(this.dir, file);
      const read = rel.startsWith('..') || isAbsolute(rel) ? { error: { key: 'pack.read.outside' } as const } : readPackText(file, this.dir);
      // Control characters would reach the terminal when the code is shown.
      this.cache.set(file, 'text' in read ? { text: escapeControls(read.text, { multiline: true }) } : read);
    }
    return this.cache.get(file)!;
  }
}

/** Lines of a text file, not counting the empty "line" after a final newline. */
export function lineCount(code: string): number {
  return code.split('\n').length - (code.endsWith('\n') ? 1 : 0);
}

/** Field names for "did you mean". */
const FIELD_NAMES = fieldNames([packSchema]);

const MISSING_ZH: Said = { key: 'pack.noZh' };

/** Paths of the `{ en }` texts that have no zh (a pack may be English only). */
function missingChinese(value: unknown, path: (string | number)[]): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => missingChinese(item, [...path, index]));
  if (!isRecord(value)) return [];
  if (typeof value.en === 'string' && !('zh' in value) && Object.keys(value).every((key) => key === 'en')) return [[...path, 'zh']];
  return Object.entries(value).flatMap(([key, item]) => missingChinese(item, [...path, key]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
