// Code a prompt quotes is run exactly as quoted, so the key holds for the code the learner reads
// (not only for a reference written beside it). Needs /usr/bin/python3 with Debian's python3-torch;
// skipped cleanly where it is missing.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadDeck } from './deck-helpers.js';

const PYTHON = '/usr/bin/python3';
const hasTorch = spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;

const { question } = loadDeck(['numerics']);

/** Evaluates a PyTorch expression after `setup`, with torch, F and F.one_hot in scope; returns what it prints. */
function evaluate(setup: string, expression: string): string {
  const program = [
    'import torch',
    'import torch.nn.functional as F',
    'from torch.nn.functional import one_hot',
    setup,
    `print(float(${expression}))`,
  ].join('\n');
  const run = spawnSync(PYTHON, ['-c', program], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`python failed on ${expression}: ${run.stderr}`);
  return run.stdout.trim();
}

describe.skipIf(!hasTorch)('code quoted in prompts, run as written', () => {
  it('numerics-onehot-times-log-neg-inf: the quoted one-hot product returns NaN, the key, in both languages', () => {
    const q = question('numerics-onehot-times-log-neg-inf');
    const key = q.options!.find((option) => option.correct)!;
    expect(key.text.en).toMatch(/^NaN/);
    for (const lang of ['en', 'zh'] as const) {
      const quoted = /−\((?:F\.)?one_hot\(.*?\)\.sum\(\)/.exec(q.prompt[lang]);
      expect(quoted, `${lang} prompt quotes the one-hot product`).not.toBeNull();
      const expression = quoted![0].replace(/^−/, '-');
      const setup = "logits = torch.tensor([[0.0, float('-inf'), 1.0]])\ntarget = torch.tensor([0])";
      // F.one_hot without num_classes infers max(target) + 1 = 1 class, which broadcasts to every
      // class and returns inf: the prompt has to give the number of classes for NaN to be right.
      expect(evaluate(setup, expression), `${lang}: ${expression}`).toBe('nan');
    }
  });
});
