import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { hiddenParts } from './hidden-parts';
import { VisuallyHidden } from './visually-hidden';

interface HiddenTransProps {
  /** A UI key whose text marks screen-reader-only words with <hidden>…</hidden>. */
  i18nKey: ParseKeys<'ui'>;
  values: Record<string, string | number>;
}

/**
 * A label whose visible words are short ("Start") but whose accessible name says
 * what it acts on ("Start Contact risks"), so a list of buttons is not ambiguous.
 * (react-i18next's <Trans> does this too, but brings an HTML parser into the first
 * screen's download for one kind of mark.)
 */
export function HiddenTrans({ i18nKey, values }: HiddenTransProps) {
  const { t } = useTranslation();
  return (
    <>
      {hiddenParts(t(i18nKey, values)).map((part, index) =>
        part.hidden ? <VisuallyHidden key={index}>{part.text}</VisuallyHidden> : part.text,
      )}
    </>
  );
}
