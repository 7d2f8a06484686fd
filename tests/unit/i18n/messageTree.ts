// Helpers for the i18n tests: the locale files are nested objects, the tests think in dotted keys.

export type MessageEntry = { readonly key: string; readonly value: string };

/** Every string in a message tree with its dotted key ("subsidies.detail.amount"), in file order. */
export function messageEntries(messages: unknown, prefix = ''): MessageEntry[] {
  if (typeof messages === 'string') return [{ key: prefix, value: messages }];
  if (messages === null || typeof messages !== 'object') return [];
  return Object.entries(messages).flatMap(([name, child]) => messageEntries(child, prefix === '' ? name : `${prefix}.${name}`));
}

/** The string at a dotted key, or undefined when there is none (a missing key or a subtree). */
export function messageAt(messages: unknown, key: string): string | undefined {
  const node = key
    .split('.')
    .reduce<unknown>((current, part) => (current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined), messages);
  return typeof node === 'string' ? node : undefined;
}

/** Whether a key is the prefix itself or lies under it: "signup" covers "signup.done.title", not "signupX". */
export function isUnder(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(`${prefix}.`);
}

/** The interpolation names in a message, e.g. ["reference"] for "您的编号：{{reference}}". */
export function placeholders(value: string): string[] {
  return [...new Set(Array.from(value.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/gu), (match) => match[1] ?? ''))].sort();
}
