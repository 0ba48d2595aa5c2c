import { useTranslation } from 'react-i18next';
import './answer-marks.css';

/**
 * How an option or item did once the answer is in: the learner's choice right or wrong, or a
 * right answer they left out. Always a word and an icon, never colour alone.
 */
export type AnswerMark = 'chosen-right' | 'chosen-wrong' | 'missed' | 'placed-right' | 'placed-wrong';

const MARK_KEY = {
  'chosen-right': 'question.mark.chosenRight',
  'chosen-wrong': 'question.mark.chosenWrong',
  missed: 'question.mark.missed',
  'placed-right': 'question.mark.placedRight',
  'placed-wrong': 'question.mark.placedWrong',
} as const satisfies Record<AnswerMark, string>;

const isRight = (mark: AnswerMark): boolean => mark === 'chosen-right' || mark === 'missed' || mark === 'placed-right';

/** The mark's icon and words; `detail` follows the words (e.g. where an item belongs). */
export function AnswerMarkLabel({ mark, detail, id }: { mark: AnswerMark; detail?: string | undefined; id?: string }) {
  const { t } = useTranslation();
  const right = isRight(mark);
  return (
    <span id={id} className={`answer-mark answer-mark--${right ? 'right' : 'wrong'}`}>
      <svg className="answer-mark__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        {right ? <path d="m5 12.5 4.5 4.5L19 7.5" /> : <path d="m6 6 12 12M18 6 6 18" />}
      </svg>
      {t(MARK_KEY[mark])}
      {detail && ` ${detail}`}
    </span>
  );
}

/** A choice option's mark: null for an option the learner rightly left alone. */
export function choiceMark(chosen: boolean, correct: boolean): AnswerMark | null {
  if (chosen) return correct ? 'chosen-right' : 'chosen-wrong';
  return correct ? 'missed' : null;
}
