import { useId, type ReactNode } from 'react';

interface QuestionFieldsetProps {
  legend: ReactNode;
  /** Short instruction read with the legend, e.g. "Select all that apply." */
  hint?: string;
  disabled: boolean;
  children: ReactNode;
}

/** The group every question type sits in, so its prompt is read with each control. */
export function QuestionFieldset({ legend, hint, disabled, children }: QuestionFieldsetProps) {
  const hintId = useId();
  return (
    <fieldset className="question" disabled={disabled} aria-describedby={hint ? hintId : undefined}>
      <legend className="question__prompt">{legend}</legend>
      {hint && (
        <p id={hintId} className="question__hint">
          {hint}
        </p>
      )}
      {children}
    </fieldset>
  );
}
