import { type ReactNode, useEffect, useRef, useState } from 'react';

type Props = {
  /** The row's cells while it is shown; the edit button's cell is added after them. */
  cells: ReactNode;
  /** The columns the edit form spans. */
  columns: number;
  /** The edit button's text, and what it edits (for screen readers: "Edit: Pohjois-Savo"). */
  editLabel: string;
  name: string;
  /** The edit form in place of the row; `close` brings the row back (after saving or cancelling). */
  form: (close: () => void) => ReactNode;
};

/** A table row that turns into its edit form, and back; focus returns to the row's edit button. */
export function EditableRow({ cells, columns, editLabel, name, form }: Props) {
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // Back from the edit form, focus returns to this row's edit button (the form that had it is gone).
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [editing]);
  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  if (editing) {
    return (
      <tr>
        <td colSpan={columns}>{form(close)}</td>
      </tr>
    );
  }
  return (
    <tr>
      {cells}
      <td className="data-table__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          ref={button}
          onClick={() => setEditing(true)}
        >
          {editLabel}
          <span className="visually-hidden">: {name}</span>
        </button>
      </td>
    </tr>
  );
}
