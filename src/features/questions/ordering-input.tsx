import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderingQuestion } from '../../course/schema/module-schema';
import { moduleText } from '../../course/module-text-keys';
import { Button } from '../../components/ui/button';
import { HiddenTrans } from '../../components/ui/hidden-trans';
import { useAnnounce } from '../../components/ui/announcer';
import type { QuestionInputProps } from './question-input-props';
import { QuestionFieldset } from './question-fieldset';
import { moveItem } from './move-item';
import { AnswerMarkLabel } from './answer-mark';

type Direction = 'up' | 'down';

/**
 * Put items in order with "Move up" / "Move down" buttons (no drag and drop, so it
 * works by keyboard and switch). Each move is announced with the item's new position.
 */
export function OrderingInput({ question, response, onChange, disabled, text, reveal = false }: QuestionInputProps<OrderingQuestion>) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  // The machine starts every ordering draft shuffled; the item order is only a fallback.
  const order = response?.type === 'ordering' ? response.order : question.items;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<{ itemId: string; direction: Direction } | null>(null);

  // Keep focus on the moved item's button; at the top or bottom that button is
  // disabled, so focus goes to the item's other button instead of being lost.
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const same = buttons.current.get(`${pending.itemId}:${pending.direction}`);
    const other = buttons.current.get(`${pending.itemId}:${pending.direction === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
  });

  const move = (index: number, direction: Direction): void => {
    const itemId = order[index];
    if (itemId === undefined) return;
    const next = moveItem(order, index, direction === 'up' ? -1 : 1);
    pendingFocus.current = { itemId, direction };
    onChange({ type: 'ordering', order: next });
    announce(
      t('question.ordering.moved', {
        item: text(moduleText.questionItem(question.id, itemId)),
        position: next.indexOf(itemId) + 1,
        total: next.length,
      }),
    );
  };

  const setButton = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  return (
    <QuestionFieldset legend={text.node(moduleText.questionPrompt(question.id))} hint={t('question.ordering.hint')} disabled={disabled}>
      <ol className="ordering">
        {order.map((itemId, index) => {
          const item = text(moduleText.questionItem(question.id, itemId));
          return (
            <li key={itemId} className="ordering__item">
              <span className="ordering__text" {...text.mark(moduleText.questionItem(question.id, itemId))}>{item}</span>
              {reveal && (
                <AnswerMarkLabel
                  mark={question.items[index] === itemId ? 'placed-right' : 'placed-wrong'}
                  detail={question.items[index] === itemId ? undefined : t('question.mark.belongsAt', { position: question.items.indexOf(itemId) + 1 })}
                />
              )}
              {/* Once the answer is in, the order can no longer change: the buttons go. */}
              {!reveal && <span className="ordering__actions">
                <Button ref={setButton(`${itemId}:up`)} variant="secondary" disabled={index === 0} onClick={() => move(index, 'up')}>
                  <HiddenTrans i18nKey="question.ordering.moveUp" values={{ item }} />
                </Button>
                <Button
                  ref={setButton(`${itemId}:down`)}
                  variant="secondary"
                  disabled={index === order.length - 1}
                  onClick={() => move(index, 'down')}
                >
                  <HiddenTrans i18nKey="question.ordering.moveDown" values={{ item }} />
                </Button>
              </span>}
            </li>
          );
        })}
      </ol>
    </QuestionFieldset>
  );
}
