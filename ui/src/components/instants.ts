const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO instant as a datetime-local field shows it: the reader's local time, to the second. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) {
    return '';
  }
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`
    + `T${pad(instant.getHours())}:${pad(instant.getMinutes())}:${pad(instant.getSeconds())}`;
}

/** A datetime-local value (the reader's local time) as the ISO-8601 instant the API wants; null if not a time. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) {
    return null;
  }
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}
