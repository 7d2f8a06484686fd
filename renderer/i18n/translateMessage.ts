import type { TFunction } from 'i18next';

type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Translates a key that arrives as data rather than as a literal in the code: a host error's messageKey, a
 * keypad action id, a catalog category. i18next's typed keys (i18next.d.ts) cannot check these at compile
 * time; tests/unit/i18n/messageKeys.test.ts checks that every key the host can send exists in both languages.
 */
export function translateMessage(t: TFunction, key: string, params?: MessageParams): string {
  const untyped = t as unknown as (key: string, options: MessageParams) => string;
  return untyped(key, params ?? {});
}
