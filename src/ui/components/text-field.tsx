import { Text } from 'ink';
import type { LineState } from '../editing/line-editor.js';
import { useUi } from '../ui-context.js';

/** A line editor's text with its cursor drawn as an inverted cell while the field has focus. */
export function TextField({ state, active, placeholder }: { state: LineState; active: boolean; placeholder?: string }) {
  const { theme } = useUi();
  if (state.chars.length === 0 && placeholder) {
    return (
      <Text>
        {active ? <Text inverse> </Text> : null}
        <Text color={theme.muted} dimColor={!theme.color}>
          {placeholder}
        </Text>
      </Text>
    );
  }
  const before = state.chars.slice(0, state.cursor).join('');
  const under = state.chars[state.cursor] ?? ' ';
  const after = state.chars.slice(state.cursor + 1).join('');
  return (
    <Text>
      {before}
      {active ? <Text inverse>{under}</Text> : under}
      {after}
    </Text>
  );
}
