import type { ReactNode } from 'react';

/**
 * Figures as a two-column table with row headers: a screen reader says "Matched, 3" and a
 * browser test finds `getByRole('row', { name: 'Matched 3' })` in the table named `caption`.
 */
export function SummaryTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { label: string; value: ReactNode; key?: string }[];
}) {
  return (
    <table className="summary-table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key ?? row.label}>
            <th scope="row">{row.label}</th>
            <td>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
