import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { GatedButton } from '@/components/role-requirement';
import type { Permission } from '@/lib/permissions';

export type SectionFormProps = {
  /** The save went through and the record shows OBP's new values. */
  onSaved: () => void;
  onCancel: () => void;
};

type Props = {
  title: string;
  editLabel: string;
  /** Announced once a save has gone through. */
  savedMessage: string;
  permission: Permission;
  /** False when the user's roles never allow the edit: no button here, the tab lists it among the unavailable. */
  editShown: boolean;
  wide?: boolean;
  children: ReactNode;
  form: (props: SectionFormProps) => ReactNode;
};

/**
 * One group of the customer's fields: its current values and an Edit action (none when the user's roles never allow
 * it; disabled while they load). Editing swaps the values for the form in place; saving or cancelling brings them back and puts
 * the focus on Edit again, and a save is announced in the section's status line.
 */
export function EditableSection({ title, editLabel, savedMessage, permission, editShown, wide, children, form }: Props) {
  const headingId = useId();
  const editId = useId();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const focusEdit = useRef(false);

  useEffect(() => {
    if (editing || !focusEdit.current) return;
    focusEdit.current = false;
    document.getElementById(editId)?.focus();
  }, [editing, editId]);

  const close = (message: string) => {
    focusEdit.current = true;
    setStatus(message);
    setEditing(false);
  };

  return (
    <section aria-labelledby={headingId} className={`identity-section${wide ? ' identity-section-wide' : ''}`}>
      <div className="identity-section-header">
        <h3 id={headingId}>{title}</h3>
        {editing || !editShown ? null : (
          <GatedButton
            id={editId}
            permission={permission}
            onClick={() => {
              setStatus('');
              setEditing(true);
            }}
          >
            {editLabel}
          </GatedButton>
        )}
      </div>
      {editing ? form({ onSaved: () => close(savedMessage), onCancel: () => close('') }) : children}
      <p role="status" className="identity-status">
        {status}
      </p>
    </section>
  );
}
