import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { Header } from '../../src/ui/components/header.js';
import { renderUi } from './render.js';

afterEach(() => cleanup());

describe('the drill header', () => {
  it('counts a streak of correct answers as answers, not days (zh)', () => {
    const { lastFrame } = renderUi(<Header topic="数值计算" kind="numeric" difficulty={1} position={3} total={10} streak={2} />, 'zh');
    expect(lastFrame()).toContain('连对 2 题');
    expect(lastFrame()).not.toContain('天');
  });

  it('says the streak in English too', () => {
    const { lastFrame } = renderUi(<Header topic="numbers" kind="numeric" difficulty={1} position={3} total={10} streak={2} />);
    expect(lastFrame()).toContain('streak 2');
  });
});
