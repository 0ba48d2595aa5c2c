import { Trans } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import { VisuallyHidden } from './visually-hidden';

interface HiddenTransProps {
  /** A UI key whose text marks screen-reader-only words with <hidden>…</hidden>. */
  i18nKey: ParseKeys<'ui'>;
  values: Record<string, string | number>;
}

/**
 * A label whose visible words are short ("Start") but whose accessible name says
 * what it acts on ("Start Contact risks"), so a list of buttons is not ambiguous.
 */
export function HiddenTrans({ i18nKey, values }: HiddenTransProps) {
  return <Trans i18nKey={i18nKey} values={values} components={{ hidden: <VisuallyHidden /> }} />;
}
