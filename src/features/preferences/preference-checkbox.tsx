import { useId } from 'react';

interface PreferenceCheckboxProps {
  legend: string;
  label: string;
  /** A note under the checkbox, read with it (e.g. that the device already reduces motion). */
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One on/off preference in its own fieldset, so its group name is read with it. */
export function PreferenceCheckbox({ legend, label, hint, checked, onChange }: PreferenceCheckboxProps) {
  const id = useId();
  const hintId = useId();
  return (
    <fieldset className="display-options__group">
      <legend className="display-options__legend">{legend}</legend>
      <div className="choice">
        <input
          id={id}
          className="choice__input"
          type="checkbox"
          checked={checked}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label htmlFor={id} className="choice__label">
          {label}
        </label>
      </div>
      {hint && (
        <p id={hintId} className="display-options__hint">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
