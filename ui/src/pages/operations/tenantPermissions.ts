/**
 * A team's tenant permissions with one granted or withdrawn, in the order the API lists the permissions (so the
 * saved list reads as the columns do).
 */
export function withPermission(granted: readonly string[], permission: string, grant: boolean,
                               order: readonly string[]): string[] {
  const next = new Set(granted);
  if (grant) {
    next.add(permission);
  } else {
    next.delete(permission);
  }
  const rank = (name: string) => {
    const index = order.indexOf(name);
    return index < 0 ? order.length : index;
  };
  return [...next].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Whether two lists grant the same permissions, whatever their order. */
export function samePermissions(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((name) => right.has(name));
}
