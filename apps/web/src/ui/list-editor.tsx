import { useEffect, useRef, type ReactNode } from 'react';
import { GroupErrors } from './group-errors';

interface ListEditorProps<T extends { key: string }> {
  legend: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  newRow: () => T;
  addLabel: string;
  /** Each row is a group named by this ("Material 2"): its inputs are found within it. */
  rowLegend: (index: number) => string;
  removeLabel: (index: number) => string;
  /** The API's messages about the list itself (not one of its rows). */
  errors?: string[];
  hint?: string;
  children: (row: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
}

/**
 * A list the user grows and shrinks (materials, provenance, packages): each row its own group,
 * "Add" puts the keyboard in the new row, "Remove" returns it to "Add".
 */
export function ListEditor<T extends { key: string }>({
  legend,
  rows,
  onChange,
  newRow,
  addLabel,
  rowLegend,
  removeLabel,
  errors = [],
  hint,
  children,
}: ListEditorProps<T>) {
  const container = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusRow = useRef<string | undefined>(undefined);

  useEffect(() => {
    const key = focusRow.current;
    if (!key) return;
    focusRow.current = undefined;
    container.current
      ?.querySelector<HTMLElement>(`[data-row="${key}"] input, [data-row="${key}"] select`)
      ?.focus();
  }, [rows]);

  const add = () => {
    const row = newRow();
    focusRow.current = row.key;
    onChange([...rows, row]);
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, at) => at !== index));
    addButton.current?.focus();
  };
  const update = (index: number) => (patch: Partial<T>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  return (
    <fieldset ref={container} className="list-editor">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {rows.map((row, index) => (
        <fieldset key={row.key} data-row={row.key} className="list-row">
          <legend>{rowLegend(index)}</legend>
          <div className="form-grid">{children(row, index, update(index))}</div>
          <button type="button" className="secondary" onClick={() => remove(index)}>
            {removeLabel(index)}
          </button>
        </fieldset>
      ))}
      <GroupErrors errors={errors} />
      <button ref={addButton} type="button" className="secondary" onClick={add}>
        {addLabel}
      </button>
    </fieldset>
  );
}
