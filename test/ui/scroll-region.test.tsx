import { Box, Text, useInput } from 'ink';
import { describe, expect, it } from 'vitest';
import { ScrollRegion, useScroll } from '../../src/ui/components/scroll-region.js';
import { KEYS, press, renderUi } from './render.js';

/** A region `height` rows tall (its last row says what is below) over `lines` lines of text; ↓ scrolls it. */
function Region({ height, lines }: { height: number; lines: number }) {
  const scroll = useScroll();
  useInput((_, key) => {
    if (key.downArrow) scroll.by(1);
  });
  return (
    <Box flexDirection="column" height={height}>
      <ScrollRegion scroll={scroll} keys="PgDn">
        {Array.from({ length: lines }, (_, index) => (
          <Text key={index}>{`line ${index + 1}`}</Text>
        ))}
      </ScrollRegion>
    </Box>
  );
}

/** The frame once it has measured itself and come to rest. */
async function settled(view: ReturnType<typeof renderUi>): Promise<string> {
  for (let tries = 0; tries < 50; tries++) {
    const frame = view.lastFrame() ?? '';
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (frame.includes('more') && frame === view.lastFrame()) return frame;
  }
  return view.lastFrame() ?? '';
}

describe('the line under a scroll region', () => {
  it('counts the lines below, one line in the singular', async () => {
    // Four rows: three of text and the line saying what is below.
    const view = renderUi(<Region height={4} lines={5} />);
    expect(await settled(view)).toContain('↓ 2 more lines (PgDn)');
    await press(view.stdin, KEYS.down);
    expect(await settled(view)).toContain('↓ 1 more line (PgDn)');
  });

  it('says the same in Chinese', async () => {
    const view = renderUi(<Region height={4} lines={5} />, 'zh');
    expect(await settled(view)).toContain('↓ 下面还有 2 行（PgDn）');
    await press(view.stdin, KEYS.down);
    expect(await settled(view)).toContain('↓ 下面还有 1 行（PgDn）');
  });
});
