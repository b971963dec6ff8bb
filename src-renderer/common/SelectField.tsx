/** A labelled <select> over a label map, with an empty "Choose..." option and an optional hint. */
import { useId } from 'react';

interface SelectFieldProps<K extends string> {
  label: string;
  value: K | '';
  options: Record<K, string>;
  onChange(value: K | ''): void;
  hint?: string;
  placeholder?: string;
}

export function SelectField<K extends string>({ label, value, options, onChange, hint, placeholder = 'Choose…' }: SelectFieldProps<K>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as K | '')} aria-describedby={hint ? `${id}-hint` : undefined}>
        <option value="">{placeholder}</option>
        {(Object.entries(options) as [K, string][]).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
