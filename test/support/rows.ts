import type { AmountCell } from '../../src/core/model';

/** A typed row's `cells` (every amount cell by sheet column) from its cells by meaning, as recognition gives them. */
export function cellsByColumn(amounts: Readonly<Record<string, AmountCell | undefined>>): AmountCell[] {
  const cells: AmountCell[] = [];
  for (const cell of Object.values(amounts)) if (cell) cells[cell.col] = cell;
  return cells;
}
