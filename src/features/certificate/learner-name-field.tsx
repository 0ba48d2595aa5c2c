import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface LearnerNameFieldProps {
  value: string;
  onChange: (name: string) => void;
  inputRef?: React.Ref<HTMLInputElement>;
}

/**
 * The learner types their name when the LMS gives none (the standalone build). It lives in
 * this screen's state only: never sent to the LMS, never saved (the hint says so).
 */
export function LearnerNameField({ value, onChange, inputRef }: LearnerNameFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  return (
    <div className="certificate-name">
      <label htmlFor={id} className="certificate-name__label">
        {t('certificate.nameLabel')}
      </label>
      <p id={hintId} className="certificate-name__hint">
        {t('certificate.nameHint')}
      </p>
      <input
        id={id}
        ref={inputRef}
        className="certificate-name__input"
        type="text"
        autoComplete="name"
        spellCheck={false}
        aria-describedby={hintId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
