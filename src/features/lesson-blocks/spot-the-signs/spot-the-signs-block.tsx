import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpotTheSignsBlock as SpotTheSignsBlockData } from '../../../course/schema/lesson-blocks-schema';
import { isBlockAnswerCorrect } from '../../../course/scoring/block-scoring';
import type { BlockProps } from '../shared/block-props';
import { CheckSummary, TryAgainButton, Verdict } from '../shared/check-result';

/**
 * The learner ticks the items they think are warning signs, then checks: every item
 * then says whether it is a sign, whether the learner picked it, and why. Checking
 * reports the answer to the module (an interaction, kept in saved progress), so a
 * revisit shows it checked. "Try again" lets the learner answer afresh.
 */
export function SpotTheSignsBlock({ block, env }: BlockProps<SpotTheSignsBlockData>) {
  const { t } = useTranslation();
  const hintId = useId();
  const saved = env.answer?.type === 'spot-the-signs' ? env.answer.selected : undefined;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set(saved ?? []));
  const [checked, setChecked] = useState(saved !== undefined);
  const [justChecked, setJustChecked] = useState(false);

  const toggle = (id: string): void => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const check = (): void => {
    const answer = { type: 'spot-the-signs' as const, selected: block.items.filter((i) => selected.has(i.id)).map((i) => i.id) };
    env.onAnswer(answer, isBlockAnswerCorrect(block, answer));
    setChecked(true);
    setJustChecked(true);
  };

  const signs = block.items.filter((i) => i.sign);
  const found = signs.filter((i) => selected.has(i.id)).length;
  const wrong = block.items.filter((i) => !i.sign && selected.has(i.id)).length;

  if (!checked) {
    return (
      <div className="block interactive-block spot-the-signs">
        <fieldset className="interactive-block__fieldset" aria-describedby={hintId}>
          <legend className="interactive-block__prompt">{env.text.node('prompt')}</legend>
          <p id={hintId} className="interactive-block__hint">
            {t('lessonBlocks.signs.hint')}
          </p>
          <ul className="spot-the-signs__items" role="list">
            {block.items.map((item) => (
              <li key={item.id}>
                <label className="choice-card">
                  <input type="checkbox" checked={selected.has(item.id)} onChange={() => toggle(item.id)} />
                  <span>{env.text.node(`items.${item.id}.label`)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="button" className="button button--primary interactive-block__check" onClick={check}>
          {t('lessonBlocks.check')}
        </button>
      </div>
    );
  }

  return (
    <div className="block interactive-block spot-the-signs spot-the-signs--checked">
      <p className="interactive-block__prompt">{env.text.node('prompt')}</p>
      <CheckSummary focusOnShow={justChecked}>
        {t('lessonBlocks.signs.summary', { found, total: signs.length })}
        {wrong > 0 && ` ${t('lessonBlocks.signs.wrong', { count: wrong })}`}
      </CheckSummary>
      <ul className="block-results" role="list">
        {block.items.map((item) => {
          const picked = selected.has(item.id);
          return (
            <li key={item.id} className={`block-result block-result--${item.sign ? 'sign' : 'not-sign'}`}>
              <p className="block-result__label">{env.text.node(`items.${item.id}.label`)}</p>
              <Verdict right={picked === item.sign}>
                {t(item.sign ? 'lessonBlocks.signs.isSign' : 'lessonBlocks.signs.notSign')}{' '}
                {t(picked ? 'lessonBlocks.signs.youSelected' : 'lessonBlocks.signs.youDidNotSelect')}
              </Verdict>
              <p className="block-result__explanation">{env.text.node(`items.${item.id}.explanation`)}</p>
            </li>
          );
        })}
      </ul>
      <TryAgainButton
        onClick={() => {
          setChecked(false);
          setJustChecked(false);
        }}
      />
    </div>
  );
}
