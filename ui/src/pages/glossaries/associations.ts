const TARGET_TYPES: Record<string, string> = {
  Dataset: 'Dataset',
  DatasetTable: 'Table',
  DatasetStorageLocation: 'Folder',
};

/** What a term is linked to, in words (data.all's target types). */
export function targetTypeLabel(targetType: string): string {
  return TARGET_TYPES[targetType] ?? targetType;
}

/** The page of a linked dataset or table; a folder is shown on its dataset's page, which the link does not name. */
export function targetPath(targetType: string, targetUri: string): string | null {
  if (targetType === 'Dataset') {
    return `/datasets/${encodeURIComponent(targetUri)}`;
  }
  return targetType === 'DatasetTable' ? `/datasets/tables/${encodeURIComponent(targetUri)}` : null;
}
