/** One column's statistics from a profiling run. */
export interface ColumnStatistics {
  name: string;
  type: string;
  completeness: number | null;
  nulls: number | null;
  distinct: number | null;
  minimum: string;
  maximum: string;
}

export interface TableStatistics {
  rowCount: number | null;
  columns: ColumnStatistics[];
}

interface RawColumn {
  Name?: unknown;
  Type?: unknown;
  Metadata?: Record<string, unknown>;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function textOf(value: unknown): string {
  return value === null || value === undefined ? '—' : String(value);
}

/**
 * A profiling run's results, {"table_nb_rows": n, "columns": [{"Name", "Type", "Metadata": {...}}]} as data.all's
 * Glue profiling job writes them; null when the run has no results (yet) or they are not that document.
 */
export function parseProfilingResults(results: string | null | undefined): TableStatistics | null {
  if (!results) {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(results);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') {
    return null;
  }
  const document = parsed as { table_nb_rows?: unknown; columns?: unknown };
  const columns = Array.isArray(document.columns) ? (document.columns as RawColumn[]) : [];
  return {
    rowCount: numberOrNull(document.table_nb_rows),
    columns: columns.map((column) => {
      const metadata = column.Metadata ?? {};
      return {
        name: textOf(column.Name),
        type: textOf(column.Type),
        completeness: numberOrNull(metadata.Completeness),
        nulls: numberOrNull(metadata.Nulls),
        distinct: numberOrNull(metadata.Distinct),
        minimum: textOf(metadata.Minimum),
        maximum: textOf(metadata.Maximum),
      };
    }),
  };
}

/** Completeness (0 to 1) as a whole percentage. */
export function formatCompleteness(completeness: number | null): string {
  return completeness === null ? '—' : `${Math.round(completeness * 100)} %`;
}
