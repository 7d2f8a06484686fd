import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RejectedItem } from '../../../../shared/contract/staffSchemas.js';
import { useSession } from '../../../session/sessionContext.js';
import { FormField } from '../../../forms/FormField.js';
import { Button } from '../../../ui/Button.js';
import { useStaffApi } from '../useStaffApi.js';
import { describeReason, formatStaffTime } from '../staffText.js';
import { translateMessage } from '../../../i18n/translateMessage.js';

/** One item the central API refused for good, with its reason, and the two things staff can do: retry or note. */
export function RejectedItemCard({ item, onChanged }: { item: RejectedItem; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const { speech } = useSession();
  const call = useStaffApi();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(item.note ?? '');
  const noteId = useId();
  const what = item.submissionKind === null ? t(`staff.forwarding.itemKind.${item.itemKind}`) : t(`staff.counts.kind.${item.submissionKind}`);
  const title = item.reference === null ? what : `${what} ${item.reference}`;
  const done = (message: string): void => {
    speech.say(message);
    onChanged(message);
  };
  const retry = async (): Promise<void> => {
    const answer = await call('staff.retryRejected', { outboxId: item.outboxId });
    done(answer.ok ? t('staff.forwarding.retried', { item: title }) : translateMessage(t, answer.error.fields[0]?.messageKey ?? answer.error.messageKey));
  };
  const saveNote = async (): Promise<void> => {
    const answer = await call('staff.annotateRejected', { outboxId: item.outboxId, note });
    if (answer.ok) setEditing(false);
    done(answer.ok ? t('staff.forwarding.noteSaved', { item: title }) : translateMessage(t, answer.error.fields[0]?.messageKey ?? answer.error.messageKey));
  };
  return (
    <li className="rejected-item" data-testid="rejected-item">
      <p className="rejected-title" data-nav-item>
        {title}
      </p>
      <p data-nav-item>{t('staff.forwarding.reason', { reason: describeReason(item.reason, t) })}</p>
      <p data-nav-item>{t('staff.forwarding.itemDetail', { time: formatStaffTime(item.createdAt, i18n.language), attempts: item.attempts })}</p>
      {item.note !== null && !editing && <p data-nav-item>{t('staff.forwarding.note', { note: item.note })}</p>}
      {editing ? (
        <div className="note-editor">
          <FormField id={noteId} label={t('staff.forwarding.noteLabel')} hint={t('staff.forwarding.noteHint')} error={undefined}>
            {(control) => (
              <input
                id={control.id}
                className="text-input"
                aria-describedby={control.describedBy}
                autoComplete="off"
                maxLength={200}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
            )}
          </FormField>
          <div className="detail-actions">
            <Button variant="primary" onPress={() => void saveNote()}>{t('staff.forwarding.saveNote')}</Button>
            <Button onPress={() => setEditing(false)}>{t('staff.forwarding.cancelNote')}</Button>
          </div>
        </div>
      ) : (
        <div className="detail-actions">
          <Button onPress={() => void retry()} ariaLabel={t('staff.forwarding.retryLabel', { item: title })}>{t('staff.forwarding.retry')}</Button>
          <Button onPress={() => setEditing(true)} ariaLabel={t('staff.forwarding.annotateLabel', { item: title })}>{t('staff.forwarding.annotate')}</Button>
        </div>
      )}
    </li>
  );
}
