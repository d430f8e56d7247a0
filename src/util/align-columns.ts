// Aligned text columns for people-facing tables, with colour applied after padding. Pure.

/** One table cell: its plain text, and an optional paint (colour) applied after alignment. */
export interface Cell {
  readonly text: string;
  readonly paint?: (text: string) => string;
}

/**
 * Rows of cells as lines with columns two spaces apart. Widths are measured on the plain text, so escape
 * codes added by `paint` never break alignment; the last column is not padded.
 */
export function alignColumns(rows: readonly (readonly Cell[])[]): string[] {
  const widths: number[] = [];
  for (const cells of rows) cells.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.text.length)));
  return rows.map((cells) =>
    cells
      .map((cell, i) => {
        const padded = i === cells.length - 1 ? cell.text : cell.text.padEnd(widths[i] ?? 0);
        return cell.paint ? cell.paint(padded) : padded;
      })
      .join('  '),
  );
}
