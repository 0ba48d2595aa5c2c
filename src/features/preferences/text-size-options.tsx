import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_SIZES, type TextSize } from '../../course/progress/learner-preferences';

interface TextSizeOptionsProps {
  value: TextSize;
  onChange: (size: TextSize) => void;
}

/** The text size steps as a radio group: arrow keys move between them and choose. */
export function TextSizeOptions({ value, onChange }: TextSizeOptionsProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="display-options__group">
      <legend className="display-options__legend">{t('preferences.textSize.legend')}</legend>
      {TEXT_SIZES.map((size) => {
        const id = `${name}-${size}`;
        return (
          <div key={size} className="choice">
            <input
              id={id}
              className="choice__input"
              type="radio"
              name={name}
              value={size}
              checked={value === size}
              onChange={() => onChange(size)}
            />
            <label htmlFor={id} className="choice__label">
              {t(`preferences.textSize.${size}`)}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
