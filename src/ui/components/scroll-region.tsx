import { Box, Text, measureElement, type DOMElement } from 'ink';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useUi } from '../ui-context.js';

/**
 * A region of the screen that takes the rows left by what is around it (which stays on
 * screen: the header, the verdict, the keys) and scrolls its content within them. It only
 * shrinks when its parent has a height (see useFitToScreen); otherwise it is as tall as its
 * content. A last row says when there is more below.
 */
export function ScrollRegion({ scroll, keys, children }: { scroll: Scroll; /** The keys that scroll it, for the last row. */ keys: string; children: ReactNode }) {
  const { theme, s } = useUi();
  const outer = useRef<DOMElement>(null);
  const inner = useRef<DOMElement>(null);
  useLayoutEffect(() => {
    if (outer.current && inner.current) scroll.measured(measureElement(outer.current).height, measureElement(inner.current).height);
  });
  // Two rows at least once it holds more than one: a row of text and the line saying what is
  // below. Squeezed to one, that line and the text would take the row in turn, forever.
  return (
    <Box flexDirection="column" flexShrink={1} minHeight={scroll.rows > 1 ? 2 : 1}>
      <Box ref={outer} flexDirection="column" flexShrink={1} overflow="hidden">
        <Box ref={inner} marginTop={-scroll.offset} flexDirection="column" flexShrink={0}>
          {children}
        </Box>
      </Box>
      {scroll.below > 0 ? (
        <Box flexShrink={0}>
          <Text color={theme.muted}>{s(scroll.below === 1 ? 'scroll.moreOne' : 'scroll.more', { n: scroll.below, keys })}</Text>
        </Box>
      ) : null}
    </Box>
  );
}

export interface Scroll {
  offset: number;
  /** Rows of content hidden below the region (0 when everything fits). */
  below: number;
  overflows: boolean;
  /** Rows of the content (0 until measured). */
  rows: number;
  /** Moves by `by` rows (negative: up), within the content. */
  by: (rows: number) => void;
  /** Moves by a region's height. */
  page: (direction: 1 | -1) => void;
  measured: (visible: number, content: number) => void;
}

/** The scroll position of one ScrollRegion; back to the top when `key` (what it shows) changes. */
export function useScroll(key: unknown = null): Scroll {
  const [position, setPosition] = useState({ key, offset: 0 });
  const offset = position.key === key ? position.offset : 0;
  const setOffset = (next: (current: number) => number) => setPosition({ key, offset: next(offset) });
  const [size, setSize] = useState({ visible: 0, content: 0 });
  const max = Math.max(0, size.content - size.visible);
  const shown = Math.min(offset, max);
  const by = (rows: number) => setOffset((current) => Math.max(0, Math.min(max, Math.min(current, max) + rows)));
  // Before the first measure nothing is known to be hidden. (Once measured, a region squeezed
  // to no rows still says what is below: hiding that line would give it a row back, and so on.)
  const measured = size.content > 0;
  return {
    offset: shown,
    below: measured ? Math.max(0, size.content - size.visible - shown) : 0,
    overflows: measured && size.content > size.visible,
    rows: size.content,
    by,
    page: (direction) => by(direction * Math.max(1, size.visible - 1)),
    measured: (visible, content) => {
      if (visible !== size.visible || content !== size.content) setSize({ visible, content });
    },
  };
}

/**
 * A screen's root box height: none while its content fits the terminal, `rows - 1` once it
 * does not (a frame as tall as the terminal makes Ink clear and redraw the whole screen),
 * so that its ScrollRegions shrink and the rest stays on screen. `key` names what is shown:
 * a new screen is measured afresh.
 */
export function useFitToScreen(rows: number, key: unknown) {
  const root = useRef<DOMElement>(null);
  /** What must be seen whole (an answer being graded, say): when it alone is too tall, holding the screen would cut it. */
  const whole = useRef<DOMElement>(null);
  const [fitted, setFitted] = useState<{ key: unknown; rows: number } | null>(null);
  // Once a screen was let go for being too tall, it stays so at this size: measured again
  // unheld, its answer area can look short enough, and holding and letting go would alternate.
  const [letGo, setLetGo] = useState<{ key: unknown; rows: number } | null>(null);
  const given = letGo !== null && letGo.key === key && letGo.rows === rows;
  // Below 20 rows a screen is held from its first frame: one drawn taller than the terminal
  // before the measure that holds it would already have pushed rows into scrollback.
  const limited = !given && ((fitted !== null && fitted.key === key && fitted.rows === rows) || rows < 20);
  useLayoutEffect(() => {
    if (!root.current) return;
    const tooTall = whole.current !== null && measureElement(whole.current).height > rows - 4;
    if (limited && tooTall) {
      setFitted(null);
      setLetGo({ key, rows });
    } else if (!limited && !given && !tooTall && measureElement(root.current).height > rows - 1) setFitted({ key, rows });
  });
  return { ref: root, whole, height: limited ? Math.max(1, rows - 1) : undefined };
}
