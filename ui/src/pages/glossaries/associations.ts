const TARGET_TYPES: Record<string, string> = {
  Dataset: 'Dataset',
  DatasetTable: 'Table',
  DatasetStorageLocation: 'Folder',
};

/** What a term is linked to, in words (data.all's target types). */
export function targetTypeLabel(targetType: string): string {
  return TARGET_TYPES[targetType] ?? targetType;
}

/** The page of a linked dataset; tables and folders are shown on their dataset's page, which the link does not name. */
export function targetPath(targetType: string, targetUri: string): string | null {
  return targetType === 'Dataset' ? `/datasets/${encodeURIComponent(targetUri)}` : null;
}
