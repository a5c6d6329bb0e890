import { ApiRequestError, bearerToken, type ApiError } from '../../api/graphql';

export type ExportFormat = 'jsonl' | 'csv';

export interface ExportRequest {
  resourceUri: string;
  format: ExportFormat;
  /** ISO-8601 instants bounding the export, as the timeline's filter has them */
  from?: string;
  to?: string;
}

export function exportUrl({ resourceUri, format, from, to }: ExportRequest): string {
  const params = new URLSearchParams({ resourceUri, format });
  if (from) {
    params.set('from', from);
  }
  if (to) {
    params.set('to', to);
  }
  return `/history/export?${params.toString()}`;
}

/** The file name the server proposes in Content-Disposition, else one made of the resource and format. */
export function fileNameOf(contentDisposition: string | null, { resourceUri, format }: ExportRequest): string {
  const proposed = contentDisposition ? /filename="?([^";]+)"?/.exec(contentDisposition)?.[1] : undefined;
  return proposed ?? `governance-history-${resourceUri}.${format}`;
}

/** The export's refusal ({"error": code, "message"} with 400, 403 or 404) as the API's other errors are shown. */
export function refusalOf(status: number, body: unknown): ApiError {
  const refusal = body as { error?: unknown; message?: unknown } | null;
  if (refusal && typeof refusal.message === 'string') {
    return { message: refusal.message, extensions: typeof refusal.error === 'string' ? { code: refusal.error } : {} };
  }
  if (status === 401) {
    return { message: 'Your session has ended: sign in again' };
  }
  return { message: `The export failed: the server answered HTTP ${status}` };
}

/**
 * Downloads the export. It needs the bearer token, which a plain link cannot send: the file is fetched, then saved
 * through an object URL.
 */
export async function downloadHistory(request: ExportRequest): Promise<void> {
  const token = bearerToken();
  const response = await fetch(exportUrl(request), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ApiRequestError([refusalOf(response.status, body)], response.status);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameOf(response.headers.get('content-disposition'), request);
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // the click has handed the blob to the browser's download; the URL is no longer needed
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
