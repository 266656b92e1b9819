import { Text, type TextProps } from 'ink';
import { wrapText } from '../../text/wrap.js';
import { useTerminalSize } from './use-terminal-size.js';

/** The screen's side padding (the root Box has paddingX 1). */
const PADDING = 2;

/**
 * Text wrapped by wrapText to the terminal's width less `indent`: Chinese fills its lines
 * (Ink's own wrapping breaks only at spaces, leaving CJK lines short).
 */
export function Paragraph({ children, indent = 0, ...style }: { children: string; indent?: number } & Omit<TextProps, 'children' | 'wrap'>) {
  const { columns } = useTerminalSize();
  return <Text {...style}>{wrapText(children, columns - PADDING - indent).join('\n')}</Text>;
}
