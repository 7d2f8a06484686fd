type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json | undefined };

function isRecord(value: unknown): value is Record<string, Json | undefined> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Dotted paths of the settings that differ ("station.idleTimeoutSeconds"), for the audit entry of a
 * save: the log says which settings staff changed, never their values (the secret is one of them).
 */
export function changedPaths(before: Json | undefined, after: Json | undefined, prefix = ''): string[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => changedPaths(before[key], after[key], prefix === '' ? key : `${prefix}.${key}`));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
}
