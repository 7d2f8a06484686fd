import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceContactKinds, type ServiceContactKind } from '../../../../shared/central/serviceRecord.js';
import { Button } from '../../../ui/Button.js';
import { ChoiceGroup } from '../../../forms/ChoiceGroup.js';
import { StaffTextField } from '../settings/StaffTextField.js';
import { useStaffApi } from '../useStaffApi.js';
import { translateMessage } from '../../../i18n/translateMessage.js';

type FieldMessages = { readonly idNumber?: string; readonly service?: string };

/**
 * A 12333 service staff delivered outside any form (鲁就办〔2023〕13号 item 16: 一对一, by the station):
 * the resident's 身份证号 and which service. No service is chosen beforehand, so nothing is recorded by
 * an unnoticed default; the number is cleared once recorded, so the next person cannot read it.
 */
export function RecordServicePanel({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const call = useStaffApi();
  const [idNumber, setIdNumber] = useState('');
  const [service, setService] = useState<ServiceContactKind | ''>('');
  const [errors, setErrors] = useState<FieldMessages>({});
  const [saving, setSaving] = useState(false);

  const save = async (): Promise<void> => {
    if (saving) return;
    if (service === '') {
      const message = t('staff.recordService.chooseService');
      setErrors({ service: message });
      onDone(message);
      return;
    }
    setSaving(true);
    const answer = await call('staff.recordService', { idNumber, service });
    setSaving(false);
    if (answer.ok) {
      setIdNumber('');
      setService('');
      setErrors({});
      onDone(t('staff.recordService.recorded', { service: t(`staff.recordService.services.${service}`), reference: answer.value.reference }));
      return;
    }
    const field = answer.error.fields.find((candidate) => candidate.path === 'idNumber');
    const message = field === undefined ? translateMessage(t, answer.error.messageKey) : translateMessage(t, field.messageKey, field.params);
    setErrors(field === undefined ? {} : { idNumber: message });
    onDone(message);
  };

  return (
    <section aria-labelledby="record-service-title" className="staff-section" data-testid="record-service">
      <h2 id="record-service-title" className="section-heading">{t('staff.recordService.title')}</h2>
      <p data-nav-item>{t('staff.recordService.purpose')}</p>
      <StaffTextField
        path="idNumber"
        label={t('staff.recordService.idNumber')}
        hint={t('staff.recordService.idNumberHint')}
        value={idNumber}
        onChange={setIdNumber}
        error={errors.idNumber}
        maxLength={40}
        testId="record-service-id"
      />
      <ChoiceGroup
        label={t('staff.recordService.service')}
        choices={serviceContactKinds.map((kind) => ({ value: kind, label: t(`staff.recordService.services.${kind}`) }))}
        selected={service}
        onChoose={setService}
        path="service"
        {...(errors.service === undefined ? {} : { error: errors.service })}
      />
      <div className="detail-actions">
        <Button variant="primary" onPress={() => void save()}>{t('staff.recordService.save')}</Button>
      </div>
    </section>
  );
}
