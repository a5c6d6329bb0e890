import { ApiRequestError } from '../../api/graphql';
import { codeOf } from '../../api/errors';

const REASONS: Record<string, string> = {
  OWNER_TEAM: 'Owner team',
  ENVIRONMENT_ADMIN_TEAM: 'Environment admin team',
  STEWARDS: 'Stewards',
  SHARE: 'Share',
};

/** Why a principal could access the resource, in words (the API's code when it is a new one). */
export function reasonLabel(reason: string): string {
  return REASONS[reason] ?? reason;
}

/**
 * Whether accessAt refused because the resource did not exist at the instant (ObjectNotFound): then nobody could
 * access it, which is an answer rather than a failure.
 */
export function didNotExistThen(error: unknown): boolean {
  return error instanceof ApiRequestError && error.errors.some((apiError) => codeOf(apiError) === 'ObjectNotFound');
}
