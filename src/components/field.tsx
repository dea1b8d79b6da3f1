import { useId, type ComponentProps, type ReactNode } from 'react';

type FieldShell = { label: ReactNode; hint?: ReactNode; error?: string | undefined };

function describedBy(hintId: string, errorId: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
}

function FieldFrame(props: FieldShell & { id: string; hintId: string; errorId: string; children: ReactNode }) {
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p className="field-hint" id={props.hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.children}
      {props.error ? (
        <p className="field-error" id={props.errorId}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input whose hint and error are wired to it, so `getByLabel` and screen readers both find them. */
export function TextField({ label, hint, error, id, ...input }: FieldShell & ComponentProps<'input'>) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <FieldFrame label={label} hint={hint} error={error} id={inputId} hintId={hintId} errorId={errorId}>
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId, hint, error)}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField({ label, hint, error, id, children, ...select }: FieldShell & ComponentProps<'select'>) {
  const generated = useId();
  const selectId = id ?? generated;
  const hintId = `${selectId}-hint`;
  const errorId = `${selectId}-error`;
  return (
    <FieldFrame label={label} hint={hint} error={error} id={selectId} hintId={hintId} errorId={errorId}>
      <select
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId, hint, error)}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField({ label, hint, error, id, ...area }: FieldShell & ComponentProps<'textarea'>) {
  const generated = useId();
  const areaId = id ?? generated;
  const hintId = `${areaId}-hint`;
  const errorId = `${areaId}-error`;
  return (
    <FieldFrame label={label} hint={hint} error={error} id={areaId} hintId={hintId} errorId={errorId}>
      <textarea
        id={areaId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId, hint, error)}
        {...area}
      />
    </FieldFrame>
  );
}
