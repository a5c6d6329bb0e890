import { Chip, type ChipProps } from '@mui/material';

const SUCCESS = /(COMPLETE|SUCCEEDED|Succeeded|Approved|Healthy|ACTIVE|Active|Share_Succeeded|Revoke_Succeeded|DELIVERED|Processed)$/;
const FAILURE = /(FAILED|Failed|Rejected|Unhealthy|ROLLBACK_COMPLETE|Share_Failed|Revoke_Failed|CANCELLED|DEAD_LETTER)$/;
const WORKING = /(PENDING|IN_PROGRESS|RUNNING|Submitted|Processing|Approved_Processing|Share_Approved|Revoke_Approved|Pending[A-Za-z]*|STARTING)$/;

export function statusColor(status: string): ChipProps['color'] {
  if (FAILURE.test(status)) {
    return 'error';
  }
  // before success: "Share_Approved" is approved, and its grant still under way
  if (WORKING.test(status)) {
    return 'info';
  }
  if (SUCCESS.test(status)) {
    return 'success';
  }
  return 'default';
}

/** A status as the API names it, coloured by whether it succeeded, failed or is still under way. */
export function StatusChip({ status, label }: { status: string | null | undefined; label?: string }) {
  const value = status ?? 'UNKNOWN';
  return <Chip size="small" color={statusColor(value)} label={label ? `${label}: ${value}` : value} />;
}
