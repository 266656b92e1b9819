import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../../src/core/bank/load.js';
import { formatProblem, type Problem } from '../../../src/core/bank/problems.js';
import { validatePackDirs } from '../../../src/core/bank/validate.js';
import { fixturePack, PACKS } from './fixtures.js';
import { tSaid } from '../../../src/core/words/index.js';

/** A problem's message as the English output says it. */
const english = (problem: Problem) => tSaid('en', problem.message);

/** The problem reported for question `id` at field `path` (exactly one). */
function problemAt(problems: Problem[], id: string | undefined, path: string | undefined): Problem {
  const found = problems.filter((problem) => problem.id === id && problem.path === path);
  if (found.length !== 1) {
    throw new Error(`expected one problem at ${id} ${path}, found ${found.length}:\n${problems.map((p) => formatProblem(p, 'en')).join('\n')}`);
  }
  return found[0]!;
}

describe('structural validation: every problem of a pack in one run', () => {
  const file = fixturePack('broken-structure/questions.yaml');
  const { problems, packs } = loadPacks([fixturePack('broken-structure')]);

  it.each([
    ['bad-schema', 'difficulty', /must be 1, 2 or 3/, 5],
    ['bad-schema', 'explanation', /needs both languages/, 8],
    ['bad-schema', 'tolerance', /exactly one of relative, absolute, sigfigs, decimals/, 10],
    ['bad-schema', 'wrongAnswer', /unknown field \(did you mean wrongAnswers\?\)/, 11],
    ['bad-kind', 'kind', /unknown kind "essay"/, 15],
    ['bad-topic', 'topic', /unknown topic "nope" \(pack.yaml lists numbers\)/, 22],
    ['single-two-correct', 'options', /exactly one correct option \(found 2\)/, 59],
    ['multiple-none-correct', 'options', /at least one correct option/, 70],
    ['code-outside', 'bugs[0].line', /line 99 is outside the snippet \(7 lines\)/, 81],
    ['code-missing-snippet', 'snippet', /snippet file not found: .*snippets\/missing.py/, 90],
    ['missing-translations', 'explanation.zh', /empty zh text/, 99],
    ['missing-translations', 'options[0].why.en', /missing en text/, 101],
    ['missing-translations', 'options[1].text.en', /empty en text/, 102],
    ['placeholder-unknown', 'prompt.en', /placeholder \{q\} names no parameter \(params: p\)/, 120],
    ['placeholder-computed-no-params', 'explanation.en', /placeholder \{=1\+1\} needs params/, 131],
    [undefined, 'questions[13].id', /is required/, 135],
  ])('%s %s', (id, path, message, line) => {
    const problem = problemAt(problems, id, path);
    expect(problem.file).toBe(file);
    expect(english(problem)).toMatch(message);
    expect(problem.line).toBe(line);
  });

  it('warns about a missing zh text (the en text stands in) instead of failing the question', () => {
    const { warnings } = loadPacks([fixturePack('broken-structure')]);
    expect(warnings.map((warning) => [warning.id, warning.path, warning.line, english(warning)])).toEqual([
      ['missing-translations', 'prompt.zh', 98, 'no zh text: the en text is shown in Chinese too'],
    ]);
  });

  it('reports a repeated id at each repeat, within a file and across files', () => {
    const duplicates = problems.filter((problem) => problem.id === 'dup-id');
    expect(duplicates.map((problem) => [problem.file, problem.line, problem.path])).toEqual([
      [file, 31, 'id'],
      [file, 41, 'id'],
    ]);
    for (const problem of duplicates) expect(english(problem)).toMatch(/duplicate id: also in .*other\.yaml:2$/);
  });

  it('leaves broken questions out and keeps the rest', () => {
    expect(packs[0]!.questions.map((question) => question.id)).toEqual(['dup-id']);
    expect(problems).toHaveLength(19);
  });

  it('formats a problem as file:line:column, id, field path and message', () => {
    const line = formatProblem(problemAt(problems, 'code-outside', 'bugs[0].line'), 'en', PACKS);
    expect(line).toBe('broken-structure/questions.yaml:81:20  code-outside  bugs[0].line: line 99 is outside the snippet (7 lines)');
  });
});

describe('malformed files are problems with their location, never crashes', () => {
  const { problems } = loadPacks([fixturePack('broken-yaml'), fixturePack('no-manifest')]);

  it('a YAML syntax error names its line and column', () => {
    const syntax = problems.filter((problem) => problem.file === fixturePack('broken-yaml/syntax.yaml'));
    expect(syntax.length).toBeGreaterThan(0);
    expect(english(syntax[0]!)).toMatch(/^YAML syntax error: /);
    expect(syntax[0]!.line).toBeGreaterThanOrEqual(4);
    expect(syntax[0]!.column).toBeGreaterThanOrEqual(1);
  });

  it('an unreadable file is reported', () => {
    const problem = problems.find((entry) => entry.file === fixturePack('broken-yaml/unreadable.yaml'));
    expect(english(problem!)).toMatch(/cannot read the file/);
  });

  it('a missing pack.yaml is reported', () => {
    const problem = problems.find((entry) => entry.file === fixturePack('no-manifest/pack.yaml'));
    expect(english(problem!)).toMatch(/cannot read the file: no such file/);
  });
});

describe('ids are unique across packs', () => {
  it('reports the clashing pack id and question id of a second pack', () => {
    const { problems } = loadPacks([fixturePack('good'), fixturePack('duplicate-pack')]);
    expect(problems.map((problem) => [problem.file, problem.id, problem.path])).toEqual([
      [fixturePack('duplicate-pack/pack.yaml'), undefined, 'id'],
      [fixturePack('duplicate-pack/questions.yaml'), 'fx-single', 'id'],
    ]);
    expect(english(problems[1]!)).toMatch(/duplicate id: also in .*good\/questions\.yaml:2/);
  });

  it('validating a pack checks its ids against the packs loaded alongside', () => {
    const report = validatePackDirs([fixturePack('duplicate-pack')], [fixturePack('good')]);
    expect(report.problems.map((problem) => [problem.id, problem.path, problem.line])).toEqual([
      [undefined, 'id', undefined],
      ['fx-single', 'id', 2],
    ]);
  });
});

describe('deep validation of answer keys', () => {
  const report = validatePackDirs([fixturePack('broken-answers')]);
  const file = fixturePack('broken-answers/questions.yaml');

  it.each([
    ['numeric-not-evaluating', 'answer', /does not evaluate: unexpected end of expression/],
    ['numeric-wrong-answer-accepted', 'wrongAnswers[1]', /grades correct/],
    ['numeric-param-not-finite', 'answer', /is not a finite number for p = 1$/],
    ['placeholder-not-finite', 'explanation.en', /placeholder \{=log\(p-0.5\)\} is not finite for p = 0.5/],
    ['expression-unknown-variable', 'answer', /unknown variable 'alpha'/],
    ['expression-wrong-answer-accepted', 'wrongAnswers[0]', /grades correct/],
    ['derivation-model-broken', 'model', /does not check out: Line 2 does not follow/],
    ['derivation-model-misses-goal', 'model', /does not reach the goal/],
    ['derivation-model-wrong-relation', 'model', /the derivative with respect to pt, but your steps give a rewrite/],
    ['derivation-model-wrong-start', 'model', /Line 1 must start from/],
    ['derivation-wrong-answer-accepted', 'wrongAnswers[0]', /grades correct/],
    ['derivation-checkpoint-unreadable', 'requires.shows[0].expr', /checkpoint pt\*\(1-q\): unknown variable 'q'/],
    ['derivation-checkpoint-in-goal', 'requires.shows[0].expr', /the goal already shows it, so it cannot tell a derivation from a restated goal/],
    ['derivation-model-short-of-requirements', 'requires', /the model derivation does not meet them: It has 2 steps that do work; this question asks for at least 3/],
    ['derivation-bad-requirement', 'requires.steps', /./],
    ['derivation-bad-requirement', 'requires.shows[0].what', /./],
    ['numeric-param-wrong-answer-coincides', 'wrongAnswers[1]', /grades correct for 2 of 4 parameter sets \(e\.g\. g = 1, p = 0\.8\)/],
  ])('%s %s', (id, path, message) => {
    const problem = problemAt(report.problems, id, path);
    expect(problem.file).toBe(file);
    expect(problem.line).toBeGreaterThan(0);
    expect(english(problem)).toMatch(message);
  });

  it('flags nothing else: the first wrong answer of a numeric question grades wrong', () => {
    expect(report.problems).toHaveLength(17);
    expect(report.questionCount).toBe(16);
  });

  it('a folder of packs is validated pack by pack', () => {
    const all = validatePackDirs([PACKS]);
    expect(all.packs.map((pack) => pack.id)).toContain('fixture-good');
    expect(all.problems.some((problem) => problem.id === 'numeric-not-evaluating')).toBe(true);
  });

  it('the good fixture pack and the bundled deck validate', () => {
    expect(validatePackDirs([fixturePack('good')]).problems).toEqual([]);
  });
});
