import { Text } from 'ink';
import { formatValue } from '../../../core/math/format.js';
import { useUi } from '../../ui-context.js';
import type { Preview } from './preview.js';

/**
 * How the input so far is read; a parse error here costs nothing. An answer's reading is
 * shown after `= ` (`= 1 / (1 − 0.968)²  ≈ 976.5625`); a derivation line's carries its relation.
 */
export function PreviewLine({ preview, relation = '= ' }: { preview: Preview | 'loading' | null; relation?: string }) {
  const { theme, s } = useUi();
  if (preview === null) return null;
  if (preview === 'loading') return <Text color={theme.muted}>{s('field.previewLoading')}</Text>;
  if (preview.error !== null) return <Text color={theme.warn}>{s('field.parseError', { message: preview.error })}</Text>;
  const value = preview.value !== null ? `  ≈ ${formatValue(preview.value)}` : '';
  return <Text>{`${relation}${preview.pretty ?? ''}${value}`}</Text>;
}
