import { useId } from 'react';

interface ChoiceOptionProps {
  type: 'radio' | 'checkbox';
  name: string;
  label: string;
  checked: boolean;
  onSelect: (checked: boolean) => void;
}

/** One radio or checkbox with its label; the whole row is the click target. */
export function ChoiceOption({ type, name, label, checked, onSelect }: ChoiceOptionProps) {
  const id = useId();
  return (
    <div className="choice">
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
      </label>
    </div>
  );
}
