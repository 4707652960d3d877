/** A status as a coloured tag; the colour only repeats what the text says. */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return (
    <span className={`badge badge-${status.toLowerCase().replace(/_/g, '-')}`}>
      {label ?? status}
    </span>
  );
}
