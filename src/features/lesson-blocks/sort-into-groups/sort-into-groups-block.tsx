import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortIntoGroupsBlock as SortIntoGroupsBlockData } from '../../../course/schema/lesson-blocks-schema';
import { isBlockAnswerCorrect } from '../../../course/scoring/block-scoring';
import type { BlockProps } from '../shared/block-props';
import { CheckSummary, TryAgainButton, Verdict } from '../shared/check-result';

/**
 * The learner puts each item in a group by choosing the group's button (a radio group
 * per item): one tap, or arrow keys, never a drag. Checking reports the answer to the
 * module (an interaction, kept in saved progress); each item then says where it
 * belongs and why.
 */
export function SortIntoGroupsBlock({ block, env }: BlockProps<SortIntoGroupsBlockData>) {
  const { t } = useTranslation();
  const baseId = useId();
  const saved = env.answer?.type === 'sort-into-groups' ? env.answer.placed : undefined;
  const [placed, setPlaced] = useState<Readonly<Record<string, string>>>(saved ?? {});
  const [checked, setChecked] = useState(saved !== undefined);
  const [justChecked, setJustChecked] = useState(false);
  const [missing, setMissing] = useState(0);
  const groupName = (group: string): string => env.text(`groups.${group}`);

  const check = (): void => {
    const left = block.items.filter((i) => !placed[i.id]).length;
    setMissing(left);
    if (left > 0) return;
    const answer = { type: 'sort-into-groups' as const, placed: { ...placed } };
    env.onAnswer(answer, isBlockAnswerCorrect(block, answer));
    setChecked(true);
    setJustChecked(true);
  };

  if (!checked) {
    return (
      <div className="block interactive-block sort-into-groups">
        <p className="interactive-block__prompt" id={`${baseId}-prompt`}>
          {env.text.node('prompt')}
        </p>
        <p className="interactive-block__hint">{t('lessonBlocks.sort.hint')}</p>
        <ul className="sort-into-groups__items" role="list">
          {block.items.map((item) => (
            <li key={item.id} className="sort-item">
              <fieldset className="sort-item__fieldset">
                <legend className="sort-item__label">{env.text.node(`items.${item.id}.label`)}</legend>
                <div className="sort-item__groups">
                  {block.groups.map((group) => (
                    <label key={group} className="group-choice">
                      <input
                        type="radio"
                        name={`${baseId}-${item.id}`}
                        value={group}
                        checked={placed[item.id] === group}
                        onChange={() => {
                          setPlaced({ ...placed, [item.id]: group });
                          setMissing(0);
                        }}
                      />
                      <span>{env.text.node(`groups.${group}`)}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          ))}
        </ul>
        <div role="alert" className="interactive-block__alert">
          {missing > 0 && t('lessonBlocks.sort.missing', { count: missing })}
        </div>
        <button type="button" className="button button--primary interactive-block__check" onClick={check}>
          {t('lessonBlocks.check')}
        </button>
      </div>
    );
  }

  const right = block.items.filter((i) => placed[i.id] === i.group).length;
  return (
    <div className="block interactive-block sort-into-groups sort-into-groups--checked">
      <p className="interactive-block__prompt">{env.text.node('prompt')}</p>
      <CheckSummary focusOnShow={justChecked}>{t('lessonBlocks.sort.summary', { right, total: block.items.length })}</CheckSummary>
      <ul className="block-results" role="list">
        {block.items.map((item) => {
          const chosen = placed[item.id];
          const isRight = chosen === item.group;
          return (
            <li key={item.id} className="block-result">
              <p className="block-result__label">{env.text.node(`items.${item.id}.label`)}</p>
              <Verdict right={isRight}>
                {isRight
                  ? t('lessonBlocks.sort.right', { group: groupName(item.group) })
                  : t('lessonBlocks.sort.wrong', { chosen: chosen ? groupName(chosen) : '', group: groupName(item.group) })}
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
