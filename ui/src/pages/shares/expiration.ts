/** An expiry as the API takes it: a whole number of the dataset's periods, or none when it never expires. */
export function validateExpiration(expiration: string, nonExpirable: boolean): string | undefined {
  if (nonExpirable) {
    return undefined;
  }
  if (!expiration.trim()) {
    return 'Enter the number of periods, or choose that it never expires';
  }
  return /^[1-9]\d*$/.test(expiration.trim()) ? undefined : 'Enter a whole number of periods';
}

/** The dataset's expiry unit ("Monthly", "Quarterly") as the periods a reader counts. */
export function periodName(expirySetting: string | null | undefined): string {
  if (expirySetting === 'Monthly') {
    return 'months';
  }
  return expirySetting === 'Quarterly' ? 'quarters' : 'periods';
}
