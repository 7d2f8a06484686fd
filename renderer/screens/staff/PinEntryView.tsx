import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../shared/errors.js';
import { PIN_LENGTH } from '../../../shared/staff/pinRules.js';
import { QuestionPage } from '../../forms/QuestionPage.js';
import { useHostMutation } from '../../host/useHostMutation.js';
import { pinField } from './pinField.js';
import { useSession } from '../../session/sessionContext.js';
import { useStaffMode } from '../../staffMode/staffModeContext.js';

function lockedError(lockedUntil: string, language: string): FieldError {
  // With seconds: "after 11:05" must not be read as "at 11:05:00" when the lock ends at 11:05:31.
  return { path: 'pin', messageKey: 'staff.pin.locked', params: { time: new Date(lockedUntil).toLocaleTimeString(language, { timeStyle: 'medium' }) } };
}

/** Sign-in on the numeric pad (issue #8). Wrong PINs say how many tries are left; the 5th locks entry. */
export function PinEntryView({ lockedUntil }: { lockedUntil: string | null }) {
  const { t } = useTranslation();
  const { settings } = useSession();
  const { signedIn } = useStaffMode();
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<FieldError[]>(lockedUntil === null ? [] : [lockedError(lockedUntil, settings.language)]);
  const signIn = useHostMutation('staff.signIn');
  const enter = async (): Promise<void> => {
    if (pin.length !== PIN_LENGTH) {
      setErrors([{ path: 'pin', messageKey: 'staff.errors.pin.wrong_length', params: { length: PIN_LENGTH } }]);
      return;
    }
    const answer = await signIn.send({ pin });
    if (answer === undefined) return; // the same PIN is already being checked
    setPin('');
    if (!answer.ok) {
      setErrors([{ path: 'pin', messageKey: answer.error.messageKey }]);
      return;
    }
    const result = answer.value;
    switch (result.outcome) {
      case 'signed_in':
        signedIn(result.token);
        return;
      case 'wrong_pin':
        setErrors([{ path: 'pin', messageKey: 'staff.pin.wrong', params: { count: result.attemptsLeft } }]);
        return;
      case 'locked':
        setErrors([lockedError(result.lockedUntil, settings.language)]);
        return;
      case 'no_pin':
        setErrors([{ path: 'pin', messageKey: 'errors.unavailable' }]);
    }
  };
  return (
    <QuestionPage question={t('staff.title')} hint={t('staff.pin.enterHint', { length: PIN_LENGTH })} errors={errors} onNext={() => void enter()} nextLabel={t('staff.pin.enter')} field={pinField(pin, setPin)} />
  );
}
