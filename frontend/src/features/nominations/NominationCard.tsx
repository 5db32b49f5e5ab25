import { Button, Card, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  approveNominationMutation,
  rejectNominationMutation,
  withdrawNominationMutation,
} from '../../api/generated/@tanstack/react-query.gen';
import type { NominationDto } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { formatDate } from '../../lib/format';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { changed, invalidate } from '../../lib/queryKeys';

const statusColor = { Pending: 'info', Approved: 'success', Rejected: 'danger', Withdrawn: 'neutral' } as const;

export function NominationCard({ nomination: n, canDecide, canWithdraw }: { nomination: NominationDto; canDecide: boolean; canWithdraw: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [reason, setReason] = useState('');
  const path = { bodyId: n.bodyId, nominationId: n.id };
  const done = { onSuccess: () => invalidate(queryClient, changed.nomination(n.bodyId, n.organisation.id)), onError: (e: unknown) => setErrors(toFormErrors(e, t)) };
  const approve = useMutation({ ...approveNominationMutation(), ...done });
  const reject = useMutation({ ...rejectNominationMutation(), ...done });
  const withdraw = useMutation({ ...withdrawNominationMutation(), ...done });
  const headingId = `nomination-${n.id}`;

  return (
    <Card aria-labelledby={headingId}>
      <div className="stack">
        <Heading level={2} data-size="xs" id={headingId}>
          {t('nominations.cardTitle', { organisation: n.organisation.name, body: n.bodyName })}
        </Heading>
        <div>
          <Tag data-color={statusColor[n.status]}>{t(`nominationStatus.${n.status}`)}</Tag>
        </div>
        <Paragraph>
          {t('nominations.representative')}: <strong>{n.representative.name}</strong> ({n.representative.email})
        </Paragraph>
        {n.deputies.map((d, i) => (
          <Paragraph key={d.email}>
            {t('nominations.deputyN', { n: i + 1 })}: {d.name} ({d.email})
          </Paragraph>
        ))}
        {n.comment && <Paragraph>{t('nominations.comment')}: {n.comment}</Paragraph>}
        <Paragraph data-size="sm">{t('nominations.proposedBy', { by: n.nominatedBy, on: formatDate(n.createdAt) })}</Paragraph>
        {n.decidedBy && (
          <Paragraph data-size="sm">
            {t('nominations.decidedBy', { by: n.decidedBy, on: formatDate(n.decidedAt) })}
            {n.decisionReason && ` – ${n.decisionReason}`}
          </Paragraph>
        )}
        <FormAlert errors={errors} />
        {n.status === 'Pending' && canDecide && (
          <div className="row">
            <Button onClick={() => approve.mutate({ path })} loading={approve.isPending}>
              {t('nominations.approve')}
            </Button>
            <Textfield
              label={t('nominations.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={errors?.fields.reason}
            />
            <Button variant="secondary" data-color="danger" onClick={() => reject.mutate({ path, body: { reason } })} loading={reject.isPending}>
              {t('nominations.reject')}
            </Button>
          </div>
        )}
        {n.status === 'Pending' && canWithdraw && !canDecide && (
          <div>
            <Button variant="secondary" onClick={() => withdraw.mutate({ path })} loading={withdraw.isPending}>
              {t('nominations.withdraw')}
            </Button>
          </div>
        )}
      </div>
    </Card>
  );
}
