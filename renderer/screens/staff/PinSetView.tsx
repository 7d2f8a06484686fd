import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, type FieldError } from '../../../shared/errors.js';
import { checkPin, PIN_LENGTH } from '../../../shared/staff/pinRules.js';
import { useSession } from '../../session/sessionContext.js';
import { QuestionPage } from '../../forms/QuestionPage.js';
import { useHostMutation } from '../../host/useHostMutation.js';
import { pinField } from './pinField.js';
import { useStaffMode } from '../../staffMode/staffModeContext.js';

/**
 * Setting the staff PIN: forced on the first start (`first`), or a change from the settings. Typed twice,
 * so a slip of the finger cannot lock staff out; refused when it is easy to guess (123456, 000000).
 */
export function PinSetView({ first }: { first: boolean }) {
  const { t } = useTranslation();
  const { announceScreen, speech } = useSession();
  const { token, signedIn, show } = useStaffMode();
  const [step, setStep] = useState<'new' | 'again'>('new');
  const [firstPin, setFirstPin] = useState('');
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const changedStep = useRef(false);
  useEffect(() => {
    if (changedStep.current) announceScreen();
    changedStep.current = true;
  }, [step, announceScreen]);

  const setPinOnHost = useHostMutation('staff.setPin');
  const save = async (): Promise<void> => {
    const answer = await setPinOnHost.send(first || token === undefined ? { pin } : { pin, token });
    if (answer === undefined) return; // already being saved
    if (!answer.ok) {
      setStep('new');
      setPin('');
      setErrors(fieldErrorsOf(answer.error, 'pin'));
      return;
    }
    if (first) signedIn(answer.value.token);
    else {
      speech.say(t('staff.pin.changed'));
      show('settings');
    }
  };
  const next = (): void => {
    if (step === 'new') {
      const problem = checkPin(pin);
      if (problem !== undefined) {
        setErrors([{ path: 'pin', messageKey: `staff.errors.pin.${problem}`, params: { length: PIN_LENGTH } }]);
        return;
      }
      setFirstPin(pin);
      setPin('');
      setErrors([]);
      setStep('again');
      return;
    }
    if (pin !== firstPin) {
      setStep('new');
      setPin('');
      setErrors([{ path: 'pin', messageKey: 'staff.pin.mismatch' }]);
      return;
    }
    void save();
  };
  const question = step === 'new' ? t(first ? 'staff.pin.setFirst' : 'staff.pin.setNew') : t('staff.pin.again');
  const hint = step === 'new' ? t(first ? 'staff.pin.setFirstHint' : 'staff.pin.setHint', { length: PIN_LENGTH }) : t('staff.pin.againHint');
  return (
    <QuestionPage key={step} question={question} hint={hint} errors={errors} onNext={next} nextLabel={t(step === 'new' ? 'interest.next' : 'staff.pin.save')} field={pinField(pin, setPin)} />
  );
}
