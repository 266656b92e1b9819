import { afterEach, describe, expect, it } from 'vitest';
import { startDrill } from './drill-harness.js';
import { codeReview, derivation, free, multiple, numeric, single } from './fixtures.js';
import { KEYS, press, tick } from './render.js';

let drill: ReturnType<typeof startDrill> | undefined;
afterEach(() => drill?.close());

/** Waits until the frame shows `text` (the grader loads in the background). */
async function until(frame: () => string | undefined, text: string | RegExp, ms = 5000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const now = frame() ?? '';
    if (typeof text === 'string' ? now.includes(text) : text.test(now)) return now;
    if (Date.now() > deadline) throw new Error(`frame never showed ${String(text)}:\n${now}`);
    await tick(10);
  }
}

interface AttemptRow {
  question_id: string;
  answer: string;
  verdict: string;
  hint_used: number;
  self_grade: number | null;
}

describe('the drill', () => {
  it('asks, previews the typed number, grades, saves before showing the verdict, then sums up', async () => {
    drill = startDrill([numeric]);
    const { stdin, lastFrame, query } = drill;
    expect(lastFrame()).toContain('focal-drill · numbers · numeric · ●○○');
    expect(lastFrame()).toContain('1/1');
    expect(lastFrame()).toContain('pₜ = 0.968');
    await press(stdin, '1/(1-0.968)^2');
    await until(lastFrame, '= 1 / (1 − 0.968)²  ≈ 976.562');
    await press(stdin, KEYS.enter);
    await until(lastFrame, '✓ Correct');
    expect(lastFrame()).toContain('Tolerance ±1%');
    expect(lastFrame()).toContain('source: paper §3.2');
    expect(query<AttemptRow>('SELECT * FROM attempts')).toMatchObject([{ question_id: numeric.id, answer: '1/(1-0.968)^2', verdict: 'correct' }]);
    await press(stdin, KEYS.enter);
    await until(lastFrame, 'Session summary');
    expect(lastFrame()).toContain('correct 1/1 (100%) · mean score 100%');
  });

  it('shows a parse error as you type, and an unreadable answer costs nothing and is asked again', async () => {
    drill = startDrill([numeric]);
    const { stdin, lastFrame, query } = drill;
    await press(stdin, '1/(1-');
    await until(lastFrame, 'not readable yet: unexpected end of expression (column 6)');
    await press(stdin, KEYS.enter);
    await until(lastFrame, '(not counted; try again)');
    expect(lastFrame()).toContain('1/(1-');
    await press(stdin, '0.968)^2', KEYS.enter);
    await until(lastFrame, '✓ Correct');
    expect(query<AttemptRow>('SELECT verdict FROM attempts ORDER BY id')).toEqual([{ verdict: 'correct' }]);
  });

  it('Ctrl-T shows the hint (recorded with the answer); letters still type into the field', async () => {
    drill = startDrill([numeric]);
    const { stdin, lastFrame, query } = drill;
    await press(stdin, KEYS.ctrl('t'));
    await until(lastFrame, 'hint: FL / CE is the modulating factor');
    await press(stdin, 'sh');
    expect(lastFrame()).toContain('answer › sh');
    await press(stdin, KEYS.backspace, KEYS.backspace, '977', KEYS.enter);
    await until(lastFrame, '✓ Correct');
    expect(query<AttemptRow>('SELECT hint_used FROM attempts')).toEqual([{ hint_used: 1 }]);
  });

  it('the key help opens over the question and closes without losing what was typed', async () => {
    drill = startDrill([numeric]);
    const { stdin, lastFrame } = drill;
    await press(stdin, '97');
    await press(stdin, KEYS.ctrl('g'));
    expect(lastFrame()).toContain('Keys');
    expect(lastFrame()).toMatch(/\^T +hint/);
    expect(lastFrame()).not.toContain('answer ›');
    await press(stdin, KEYS.escape);
    await until(lastFrame, 'answer › 97');
  });

  it('Esc mid-session ends it with the summary, keeping what was answered', async () => {
    drill = startDrill([single, multiple]);
    const { stdin, lastFrame, query } = drill;
    // Either question first: "a" picks (or toggles) option a, Enter submits it.
    await press(stdin, 'a', KEYS.enter);
    await until(lastFrame, /Correct|Partly right|Wrong/);
    await press(stdin, KEYS.enter);
    await until(lastFrame, '2/2');
    await press(stdin, KEYS.escape);
    await until(lastFrame, 'Session summary');
    expect(lastFrame()).toMatch(/correct \d\/1 \(\d+%\)/);
    expect(query('SELECT COUNT(*) AS n FROM attempts')).toEqual([{ n: 1 }]);
    expect(query<{ ended: number }>('SELECT ended_at IS NOT NULL AS ended FROM sessions')).toEqual([{ ended: 1 }]);
  });

  it('shows a choice question’s options in the instance’s shuffled order, and grades the letters shown', async () => {
    drill = startDrill([single]);
    const { stdin, lastFrame, query, session } = drill;
    const instance = session.next()!;
    const shown = instance.question.kind === 'single' ? instance.question.options : [];
    expect(instance.optionOrder).toHaveLength(single.options.length);
    expect(shown.map((option) => option.text.en)).toEqual(instance.optionOrder!.map((index) => single.options[index]!.text.en));
    const frame = lastFrame() ?? '';
    shown.forEach((option, index) => expect(frame).toContain(`${'abcd'[index]}. ${option.text.en}`));
    const right = 'abcd'[shown.findIndex((option) => option.correct)]!;
    const wrong = 'abcd'[shown.findIndex((option) => !option.correct)]!;
    await press(stdin, wrong, KEYS.enter);
    await until(lastFrame, '✗ Wrong');
    expect(lastFrame()).toContain(`The answer is ${right}.`);
    expect(lastFrame()).toContain(`✗ ${wrong}. ${shown['abcd'.indexOf(wrong)]!.text.en}`);
    expect(query<AttemptRow>('SELECT answer, verdict FROM attempts')).toMatchObject([{ answer: wrong, verdict: 'wrong' }]);
  });

  it('a letter in a numeric answer is flagged while typing', async () => {
    drill = startDrill([numeric]);
    const { stdin, lastFrame } = drill;
    await press(stdin, 'a');
    await until(lastFrame, /not readable yet: unknown variable 'a'/);
  });

  it('skips with s in a list: shows the answer and explanation, records nothing, then the next question', async () => {
    drill = startDrill([single, multiple], { count: 2 });
    const { stdin, lastFrame, query, session } = drill;
    const skipped = session.next()!;
    await press(stdin, 's');
    await until(lastFrame, '↷ Skipped (nothing recorded)');
    const right = skipped.question.kind === 'single' || skipped.question.kind === 'multiple' ? skipped.question.options.find((option) => option.correct)! : undefined;
    expect(lastFrame()).toContain(right!.text.en);
    expect(lastFrame()).toContain(skipped.explanation.en);
    expect(lastFrame()).toContain('Enter next');
    expect(query('SELECT COUNT(*) AS n FROM attempts')).toEqual([{ n: 0 }]);
    await press(stdin, KEYS.enter);
    await until(lastFrame, '2/2');
    expect(query('SELECT COUNT(*) AS n FROM attempts')).toEqual([{ n: 0 }]);
  });

  it('a derivation marks each step, the failing one with its counterexample', async () => {
    drill = startDrill([derivation]);
    const { stdin, lastFrame } = drill;
    expect(lastFrame()).toContain('start  -log(pt)');
    await press(stdin, 'd/dx = -1/pt', KEYS.enter, '= pt - 1', KEYS.enter);
    expect(lastFrame()).toMatch(/2 │ = pt - 1/);
    await press(stdin, KEYS.enter);
    await until(lastFrame, '✗ Wrong');
    expect(lastFrame()).toMatch(/✓ +-log\(pt\) +\(start\)/);
    expect(lastFrame()).toContain('✗ 1 d/dx = -1/pt');
    expect(lastFrame()).toMatch(/Differs at x = [-\d.]+: yours/);
  });

  it('code review: digits jump to a line, space toggles it, Enter submits', async () => {
    drill = startDrill([codeReview]);
    const { stdin, lastFrame, query } = drill;
    await press(stdin, '4', '1');
    await until(lastFrame, /▸ +41 │ +log_p = F\.log_softmax\(logits\)/);
    await press(stdin, KEYS.space);
    await until(lastFrame, 'selected: 41');
    await press(stdin, KEYS.enter);
    await until(lastFrame, '✓ Correct');
    expect(query<AttemptRow>('SELECT answer FROM attempts')).toEqual([{ answer: '41' }]);
  });

  it('free response: write, read the model answer and key points, grade yourself', async () => {
    drill = startDrill([free]);
    const { stdin, lastFrame, query } = drill;
    await press(stdin, 'easy negatives dominate the loss', KEYS.enter);
    expect(lastFrame()).toContain('Model answer');
    expect(lastFrame()).toContain('· ~100k candidates, few positives');
    expect(lastFrame()).toContain('· FL down-weights easy examples');
    expect(lastFrame()).toContain('1–4 grade yourself');
    await press(stdin, '3');
    await until(lastFrame, 'Self-graded 3/4');
    expect(query<AttemptRow>('SELECT answer, self_grade FROM attempts')).toEqual([{ answer: 'easy negatives dominate the loss', self_grade: 3 }]);
  });

  it('free response: each key point found ✓ with the matched words, the suggested grade, Enter accepts it', async () => {
    drill = startDrill([free]);
    const { stdin, lastFrame, query } = drill;
    await press(stdin, 'About 100k anchors; FL down-weights the easy ones', KEYS.enter);
    expect(lastFrame()).toContain('✓ ~100k candidates, few positives “100k”');
    expect(lastFrame()).toContain('✓ FL down-weights easy examples “down-weights the easy”');
    expect(lastFrame()).toContain('suggested grade 4 · Enter accepts');
    await press(stdin, KEYS.enter);
    await until(lastFrame, 'Self-graded 4/4');
    expect(query<AttemptRow>('SELECT answer, self_grade FROM attempts')).toEqual([{ answer: 'About 100k anchors; FL down-weights the easy ones', self_grade: 4 }]);
  });

  it('free response in Chinese: 要点 found with the matched words; a digit overrides the suggestion', async () => {
    drill = startDrill([free], { lang: 'zh' });
    const { stdin, lastFrame, query } = drill;
    await press(stdin, '约 10 万个锚框', KEYS.enter);
    expect(lastFrame()).toContain('✓ 约 10 万候选，正样本少 “10 万”');
    expect(lastFrame()).toContain('· FL 降低易分样本的权重');
    expect(lastFrame()).toContain('建议评分 2 · Enter 接受');
    await press(stdin, '1');
    await until(lastFrame, '自评 1/4');
    expect(query<AttemptRow>('SELECT self_grade FROM attempts')).toEqual([{ self_grade: 1 }]);
  });
});
