import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * The one way both forms tie a field to its message: `fieldProps(name)` gives the input its id,
 * aria-invalid and aria-describedby; `fieldError(name)` the message beside it (class "field-error").
 * `showErrors` sets the messages of a submit and then moves focus to the first field to fix, so
 * keyboard and screen-reader users land on it.
 */
export function useFormFields<E extends Partial<Record<string, string>>>() {
  const prefix = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<E>({} as E);
  const focusFirstInvalid = useRef(false);

  useEffect(() => {
    if (!focusFirstInvalid.current) return;
    focusFirstInvalid.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const fieldId = (name: string) => `${prefix}-${name}`;
  const showErrors = (next: E) => {
    focusFirstInvalid.current = Object.keys(next).length > 0;
    setErrors(next);
  };
  const fieldProps = (name: string) => ({
    id: fieldId(name),
    'aria-invalid': errors[name] ? (true as const) : undefined,
    'aria-describedby': errors[name] ? `${fieldId(name)}-error` : undefined,
  });
  const fieldError = (name: string): ReactNode =>
    errors[name] ? (
      <p id={`${fieldId(name)}-error`} className="field-error">
        {errors[name]}
      </p>
    ) : null;

  return { formRef, errors, setErrors, showErrors, fieldId, fieldProps, fieldError };
}
