import { fieldIdFor } from '../../forms/FormField.js';
import type { QuestionField } from '../../forms/QuestionPage.js';
import { PIN_LENGTH } from '../../../shared/staff/pinRules.js';
import { NumericPad } from '../../ui/NumericPad.js';

/** The staff PIN as a question page's field: the secret numeric pad, labelled by the question, described by its hint and error. */
export function pinField(pin: string, setPin: (pin: string) => void): QuestionField {
  return {
    id: fieldIdFor('pin'),
    control: (control) => (
      <NumericPad
        {...control}
        value={pin}
        onChange={setPin}
        maxLength={PIN_LENGTH}
        secret
      />
    ),
  };
}
