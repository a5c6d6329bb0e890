/** Where another page links to see a resource's governance history, or who could access it at an instant. */
export function governanceHistoryPath(resourceUri: string): string {
  return `/governance/${encodeURIComponent(resourceUri)}`;
}

export function accessAtPath(resourceUri: string, at?: string): string {
  const path = `${governanceHistoryPath(resourceUri)}/access-at`;
  return at ? `${path}?${new URLSearchParams({ at }).toString()}` : path;
}
