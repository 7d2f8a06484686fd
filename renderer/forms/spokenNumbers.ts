import type { UiLanguage } from '../../shared/catalog/localizedText.js';
import { spokenDigits, spokenMaskedTail } from '../../shared/domain/mask.js';

/**
 * How a personal number is read aloud: its last 4 digits only, unless the resident chose private
 * listening through the headset (ACCESSIBILITY.md "Privacy"; EN 301 549 5.1.3.8, 5.1.3.9).
 */
export function spokenPersonalNumber(value: string, language: UiLanguage, full: boolean): string {
  return full ? spokenDigits(value, language) : spokenMaskedTail(value, language);
}
