import { useId, type ReactNode } from 'react';
import { AnswerMarkLabel, type AnswerMark } from './answer-mark';

interface ChoiceOptionProps {
  type: 'radio' | 'checkbox';
  name: string;
  label: ReactNode;
  checked: boolean;
  onSelect: (checked: boolean) => void;
  /** After the answer is submitted: how this option did (null: not chosen, and rightly so). */
  mark?: AnswerMark | null;
}

/**
 * One radio or checkbox with its label; the whole row is the click target. Once the answer
 * is in, the learner's own choice stays checked and outlined, and its mark (in the label, so
 * it is read with the option) says whether it was right.
 */
export function ChoiceOption({ type, name, label, checked, onSelect, mark = null }: ChoiceOptionProps) {
  const id = useId();
  const classes = ['choice', checked && 'choice--chosen', mark && `choice--${mark}`].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <input
        id={id}
        className="choice__input"
        type={type}
        name={name}
        checked={checked}
        onChange={(event) => onSelect(event.currentTarget.checked)}
      />
      <label htmlFor={id} className="choice__label">
        {label}
        {/* The space keeps the option's words and the mark apart in its accessible name. */}
        {mark && ' '}
        {mark && <AnswerMarkLabel mark={mark} />}
      </label>
    </div>
  );
}
