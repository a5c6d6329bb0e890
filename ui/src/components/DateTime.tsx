/** An instant from the API (ISO 8601, or data.all's "YYYY-MM-DD HH:MM:SS" in UTC) in the reader's locale. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) {
    return '—';
  }
  const iso = /^\d{4}-\d{2}-\d{2} \d/.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? value : instant.toLocaleString();
}

export function DateTime({ value }: { value: string | null | undefined }) {
  return <time dateTime={value ?? undefined}>{formatInstant(value)}</time>;
}
