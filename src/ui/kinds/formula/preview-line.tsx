import { Text } from 'ink';
import { formatValue } from '../../../core/math/format.js';
import { useUi, type Ui } from '../../ui-context.js';
import type { Preview } from './preview.js';

/**
 * How the input so far is read; a parse error here costs nothing. An answer's reading is
 * shown after `= ` (`= 1 / (1 − 0.968)²  ≈ 976.5625`); a derivation line's carries its relation.
 */
export function PreviewLine({ preview, relation = '= ' }: { preview: Preview | 'loading' | null; relation?: string }) {
  const { theme, s } = useUi();
  const text = previewText(preview, s, relation);
  if (text === null || preview === null) return null;
  return <Text color={preview === 'loading' ? theme.muted : preview.error !== null ? theme.warn : undefined}>{text}</Text>;
}

/** The words PreviewLine shows (null: nothing), for views that count its rows. */
export function previewText(preview: Preview | 'loading' | null, s: Ui['s'], relation = '= '): string | null {
  if (preview === null) return null;
  if (preview === 'loading') return s('field.previewLoading');
  if (preview.error !== null) return s('field.parseError', { message: preview.error });
  const value = preview.value !== null ? `  ≈ ${formatValue(preview.value)}` : '';
  return `${relation}${preview.pretty ?? ''}${value}`;
}
