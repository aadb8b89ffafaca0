import type { ReactNode } from 'react';

export interface ChoiceProps {
  readonly type?: 'radio' | 'checkbox';
  readonly id: string;
  /** The radio group's name; none for a lone checkbox. */
  readonly name?: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly children: ReactNode;
}

/** One radio button or checkbox with its label, as a large tap target (form.css `.choice`). */
export function Choice({ type = 'radio', id, name, checked, onChange, children }: ChoiceProps) {
  return (
    <div className="choice">
      <input
        type={type}
        id={id}
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}
