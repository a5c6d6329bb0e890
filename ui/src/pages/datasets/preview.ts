/** A table's sample rows as the API sends them: each field and each row is a JSON document in a string. */
export interface TablePreview {
  columns: string[];
  rows: string[][];
}

function parseJson(text: string | null | undefined): unknown {
  if (text == null) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A field is {"name": ...} (data.all's Athena column info); a bare name is taken as it is. */
function columnName(field: string | null | undefined): string {
  const parsed = parseJson(field);
  if (parsed && typeof parsed === 'object' && 'name' in parsed) {
    return String((parsed as { name: unknown }).name);
  }
  return parsed == null ? '' : String(parsed);
}

/** How a cell reads: SQL NULL shows as NULL, so that it differs from an empty string. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) {
    return 'NULL';
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function parsePreview(fields: (string | null)[] | null | undefined,
                             rows: (string | null)[] | null | undefined): TablePreview {
  const columns = (fields ?? []).map(columnName);
  return {
    columns,
    rows: (rows ?? []).map((row) => {
      const cells = parseJson(row);
      return Array.isArray(cells) ? cells.map(cellText) : [cellText(cells)];
    }),
  };
}
