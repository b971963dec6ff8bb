/** A labelled <select> over a label map, with an empty "Choose..." option and an optional hint. */
import { useId } from 'react';

interface SelectFieldProps<K extends string> {
  label: string;
  value: K | '';
  options: Record<K, string>;
  onChange(value: K | ''): void;
  hint?: string;
  placeholder?: string;
  /** Marks an answer someone else gave ("Filled in by IT Service Desk - change if wrong"). */
  filledBy?: string | null;
}

export function SelectField<K extends string>({ label, value, options, onChange, hint, placeholder = 'Choose…', filledBy }: SelectFieldProps<K>) {
  const id = useId();
  const described = [hint && `${id}-hint`, filledBy && `${id}-filled`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as K | '')} aria-describedby={described || undefined}>
        <option value="">{placeholder}</option>
        {(Object.entries(options) as [K, string][]).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
      {filledBy && (
        <p className="hint filled-by" id={`${id}-filled`} data-testid="filled-by">
          Filled in by {filledBy} – change if wrong
        </p>
      )}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
