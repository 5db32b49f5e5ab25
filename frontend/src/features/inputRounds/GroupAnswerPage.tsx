import { Alert, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { answerGroupInputRoundMutation, getGroupInputRoundOptions, getGroupInputRoundQueryKey } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import type { FormErrors } from '../../lib/problems';
import { toFormErrorsIn } from '../../lib/problemsIn';
import { useTitle } from '../../lib/useTitle';
import { AnswerForm, RoundIntro } from './AnswerForm';

/** The page behind a group's link, signed out: anyone in the room answers for the group from a phone; the last save wins. */
export function GroupAnswerPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const round = useQuery(getGroupInputRoundOptions({ path: { token } }));
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const save = useMutation({
    ...answerGroupInputRoundMutation(),
    onSuccess: async () => {
      setErrors(null);
      await queryClient.invalidateQueries({ queryKey: getGroupInputRoundQueryKey({ path: { token } }) });
    },
    onError: (e) => setErrors(toFormErrorsIn(e, t, 'inputRoundProblems')),
  });
  useTitle(round.data?.title);
  if (!round.data) return <div className="page narrow"><QueryState isPending={round.isPending} error={round.error} /></div>;
  const r = round.data;
  const open = r.phase === 'Open';
  return (
    <div className="page narrow">
      <RoundIntro title={r.title} bodyName={r.bodyName} introductionHtml={r.introductionHtml} closesAt={r.closesAt} />
      <Heading level={2} data-size="md">{t('inputRounds.answerFor', { name: r.mine.party.name })}</Heading>
      {!open && <Alert data-color="info"><Paragraph>{t(r.phase === 'Closed' ? 'inputRounds.closedNote' : 'inputRounds.notOpenNote')}</Paragraph></Alert>}
      {save.isSuccess && <Alert data-color="success" role="status"><Paragraph>{t('inputRounds.saved')}</Paragraph></Alert>}
      {open && <Textfield label={t('inputRounds.yourName')} description={t('inputRounds.yourNameHelp')} value={name} maxLength={100}
        onChange={(e) => setName(e.target.value)} />}
      <AnswerForm key={r.mine.revision} idPrefix="group" questions={r.questions} saved={r.mine} disabled={!open} pending={save.isPending}
        errors={errors} onSave={(answers) => save.mutate({ path: { token }, body: { answers, organisationId: null, name: name.trim() || null } })} />
    </div>
  );
}
