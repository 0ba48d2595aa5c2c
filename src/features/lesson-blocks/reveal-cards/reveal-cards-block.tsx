import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevealCardsBlock as RevealCardsBlockData } from '../../../course/schema/lesson-blocks-schema';
import { Markdown } from '../../../lib/markdown/markdown';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import type { BlockProps } from '../shared/block-props';

/**
 * Cards the learner turns over one at a time (a myth, then the fact). Each is a
 * disclosure button (aria-expanded), so keyboard and screen-reader users turn it the
 * same way; the answer appears below the prompt, never only by animation.
 */
export function RevealCardsBlock({ block, env }: BlockProps<RevealCardsBlockData>) {
  return (
    <ul className="block reveal-cards" role="list">
      {block.cards.map((card) => (
        <RevealCard key={card} prompt={env.text.node(`cards.${card}.prompt`)} answer={<Markdown content={env.markdown(`cards.${card}.answer`)} />} />
      ))}
    </ul>
  );
}

function RevealCard({ prompt, answer }: { prompt: React.ReactNode; answer: React.ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const answerId = useId();
  return (
    <li className={`reveal-card${open ? ' reveal-card--open' : ''}`}>
      <p className="reveal-card__prompt">{prompt}</p>
      <button type="button" className="reveal-card__toggle" aria-expanded={open} aria-controls={answerId} onClick={() => setOpen(!open)}>
        {open ? t('lessonBlocks.reveal.hide') : t('lessonBlocks.reveal.show')}
        <VisuallyHidden>: {prompt}</VisuallyHidden>
      </button>
      <div id={answerId} className="reveal-card__answer" hidden={!open}>
        {answer}
      </div>
    </li>
  );
}
