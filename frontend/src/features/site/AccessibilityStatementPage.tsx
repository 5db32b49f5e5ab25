import { Button, Details, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getAccessibilityStatementOptions,
  getAccessibilityStatementQueryKey,
  getMeOptions,
  updateAccessibilityStatementMutation,
} from '../../api/generated/@tanstack/react-query.gen';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { ServerHtml } from '../../components/minutes/ServerHtml';
import { formatDate } from '../../lib/format';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';

/** The accessibility statement (tilgjengelighetserklæring), public; an administrator rewrites it here. */
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  useTitle(t('site.accessibilityStatement'));
  const statement = useQuery(getAccessibilityStatementOptions());
  // Anyone may read this page: not being signed in is an answer, not an error.
  const me = useQuery({ ...getMeOptions(), retry: false });
  const isAdmin = !!me.data?.roles.includes('Administrator');
  const s = statement.data;

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('site.accessibilityStatement')}
      </Heading>
      <QueryState isPending={statement.isPending} error={statement.error} />
      {s && (s.html ? <ServerHtml html={s.html} /> : <Paragraph>{t('site.statementMissing')}</Paragraph>)}
      {s?.updatedAt && <Paragraph className="muted">{t('site.statementUpdated', { date: formatDate(s.updatedAt) })}</Paragraph>}
      {isAdmin && s && <StatementEditor key={s.updatedAt ?? ''} markdown={s.markdown} />}
    </div>
  );
}

function StatementEditor({ markdown }: { markdown: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(markdown);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    ...updateAccessibilityStatementMutation(),
    onSuccess: (data) => {
      setErrors(null);
      setSaved(true);
      queryClient.setQueryData(getAccessibilityStatementQueryKey(), data);
    },
    onError: (e) => {
      setSaved(false);
      setErrors(toFormErrors(e, t));
    },
  });
  return (
    <Details>
      <Details.Summary>{t('site.editStatement')}</Details.Summary>
      <Details.Content>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({ body: { markdown: text } });
          }}
        >
          <FormAlert errors={errors} />
          <Textfield
            label={t('site.statementText')}
            description={t('site.statementHelp')}
            multiline
            rows={16}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={errors?.fields.markdown}
          />
          <div className="row">
            <Button type="submit" loading={save.isPending}>
              {t('site.saveStatement')}
            </Button>
          </div>
          <p className="status" role="status">
            {saved ? t('site.statementSaved') : ''}
          </p>
        </form>
      </Details.Content>
    </Details>
  );
}
