import { Alert, Button, Checkbox, Heading, Link, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getBodyQueryKey, updateBodyMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { BodyDetails } from '../../api/generated/types.gen';
import { toFormErrors, type FormErrors } from '../../lib/problems';
import { invalidate } from '../../lib/queryKeys';

/** The link to the body's server-rendered public page, and for its secretariat the page's address and whether it
 * names the representatives. The page is not part of the SPA: a plain link, a full page load. */
export function PublicPageSettings({ body }: { body: BodyDetails }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    ...updateBodyMutation(),
    onSuccess: async () => {
      setErrors(null);
      setSaved(true);
      await invalidate(queryClient, [getBodyQueryKey({ path: { id: body.id } })]);
    },
    onError: (error) => {
      setSaved(false);
      setErrors(toFormErrors(error, t));
    },
  });
  if (!body.isPublic && !body.canManage) return null;

  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    save.mutate({
      path: { id: body.id },
      body: {
        name: body.name, kind: body.kind, mandate: body.mandate, goal: body.goal, tasks: body.tasks, adoptedBy: body.adoptedBy,
        adoptedOn: body.adoptedOn, ownerOrganisationId: body.owner?.id ?? null, isPublic: body.isPublic, meetingRules: body.meetingRules,
        reportsToBodyIds: body.reportsTo.map((r) => r.id), parentBodyId: body.parent?.id ?? null,
        slug: String(form.get('slug') ?? '').trim() || null, publishRepresentatives: form.get('publishRepresentatives') === 'on',
      },
    });
  };

  return (
    <section className="stack" aria-labelledby="public-page-heading">
      <Heading level={2} data-size="md" id="public-page-heading">
        {t('bodyPublic.publicPage')}
      </Heading>
      {body.isPublic && body.slug && (
        <Link href={`/offentlig/organer/${body.slug}`}>{`/offentlig/organer/${body.slug}`}</Link>
      )}
      {body.canManage && (
        <form className="form" onSubmit={submit} noValidate>
          <Textfield label={t('bodyPublic.slug')} description={t('bodyPublic.slugHelp')} name="slug" defaultValue={body.slug ?? ''}
            autoComplete="off" spellCheck={false} error={errors?.fields.slug} />
          <Checkbox label={t('bodyPublic.publishRepresentatives')} description={t('bodyPublic.publishRepresentativesHelp')}
            name="publishRepresentatives" defaultChecked={body.publishRepresentatives} />
          {errors && <Alert data-color="danger">{errors.summary}</Alert>}
          {saved && !errors && <Alert data-color="success" role="status">{t('common.saved')}</Alert>}
          <div>
            <Button type="submit" variant="secondary" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
