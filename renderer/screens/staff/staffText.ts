import type { TFunction } from 'i18next';
import type { FieldError } from '../../../shared/errors.js';
import { translateMessage } from '../../i18n/translateMessage.js';

/** A stored time as staff read it: local date and time in the screen's language. */
export function formatStaffTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Key-map errors carry keypad action ids ("rateUp"); the message shows the action's name on screen
 * ("语速加快") instead. Other errors pass through unchanged.
 */
export function localizeFieldError(error: FieldError, t: TFunction): FieldError {
  const params = error.params;
  if (params === undefined) return error;
  const named = { ...params };
  for (const key of ['action', 'other'] as const) {
    const action = params[key];
    if (typeof action === 'string') named[key] = translateMessage(t, `staff.keyActions.${action}`);
  }
  return { ...error, params: named };
}

/** Why an item waits or was refused, in words ("已截止报名"), with the code kept for support calls. */
export function describeReason(reason: string, t: TFunction): string {
  const code = reason.replace(/^(central|local):/, '');
  const http = /^http_(\d{3})$/.exec(code);
  const words = http !== null
    ? t('staff.reasons.http', { status: http[1] })
    : t(`staff.reasons.${reason.startsWith('local:') ? `local_${code}` : code}`, { defaultValue: t('staff.reasons.unknown') });
  return t('staff.reasons.withCode', { words, code: reason });
}
