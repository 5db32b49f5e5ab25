import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesDto } from '../../api/generated/types.gen';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { ApproveForm } from './ApproveForm';
import { CorrectionForm } from './CorrectionForm';
import { ReviewForm } from './ReviewForm';
import type { MinutesActions } from './useMinutesActions';

/** The secretariat's next steps, by status: review → (back to draft) → approve → publish → correct. */
export function MinutesWorkflow({ minutes: m, actions, dirty = false }: { minutes: MinutesDto; actions: MinutesActions; dirty?: boolean }) {
  const { t } = useTranslation();
  const path = { id: m.meetingId };
  const version = m.version;
  const [publishing, setPublishing] = useState(false);

  return (
    <section className="stack" aria-labelledby="workflow-heading">
      <Heading level={2} data-size="md" id="workflow-heading">
        {t('minutes.workflow')}
      </Heading>
      <FormAlert errors={actions.errors} />
      {dirty && (
        <Alert data-color="warning">
          <Paragraph>{t('minutes.saveFirst')}</Paragraph>
        </Alert>
      )}
      {m.status === 'Draft' && (
        <>
          <Heading level={3} data-size="xs">{t('minutes.reviewTitle')}</Heading>
          <Paragraph data-size="sm">{t('minutes.reviewHelp')}</Paragraph>
          <ReviewForm pending={actions.review.isPending} disabled={dirty} errors={actions.errors}
            onSend={(deadline, message) => actions.review.mutate({ path, body: { version, deadline, message } })} />
        </>
      )}
      {m.status === 'OnReview' && (
        <div>
          <Button variant="secondary" loading={actions.reopen.isPending} onClick={() => actions.reopen.mutate({ path, body: { version } })}>
            {t('minutes.reopen')}
          </Button>
        </div>
      )}
      {(m.status === 'Draft' || m.status === 'OnReview') && (
        <>
          <Heading level={3} data-size="xs">{t('minutes.approveTitle')}</Heading>
          <ApproveForm minutes={m} pending={actions.approve.isPending} disabled={dirty} errors={actions.errors}
            onApprove={(body) => actions.approve.mutate({ path, body: { version, ...body } })} />
        </>
      )}
      {m.status === 'Approved' && (
        <>
          <Paragraph>{m.isPublic ? t('minutes.publishHelpPublic') : t('minutes.publishHelp')}</Paragraph>
          <div>
            <Button loading={actions.publish.isPending} onClick={() => setPublishing(true)}>
              {t('minutes.publish')}
            </Button>
          </div>
          <ConfirmDialog open={publishing} heading={t('minutes.publishConfirmTitle')} confirm={t('minutes.publish')}
            onCancel={() => setPublishing(false)}
            onConfirm={() => { setPublishing(false); actions.publish.mutate({ path, body: { version } }); }}>
            <PublishConsequences minutes={m} />
          </ConfirmDialog>
        </>
      )}
      {m.status === 'Published' && (
        <>
          <Heading level={3} data-size="xs">{t('minutes.correctionTitle')}</Heading>
          <CorrectionForm pending={actions.correct.isPending} errors={actions.errors}
            onCorrect={(reason) => actions.correct.mutate({ path, body: { version, reason } })} />
        </>
      )}
    </section>
  );
}

/** What publishing does, with the number of people the notice goes to (counted by the API as the mail is addressed). */
export function PublishConsequences({ minutes: m }: { minutes: MinutesDto }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>
        {m.noticeRecipients == null ? t('minutes.publishConfirmMembers') : t('minutes.publishConfirmCount', { count: m.noticeRecipients })}
      </Paragraph>
      {m.isPublic && <Paragraph>{t('minutes.publishConfirmPublic')}</Paragraph>}
      <Paragraph>{t('minutes.publishConfirmFrozen')}</Paragraph>
    </>
  );
}
