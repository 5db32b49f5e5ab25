import { Details, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { getBodyOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { usePage } from '../../lib/paging';
import { type FormErrors, toFormErrors } from '../../lib/problems';

import { useTitle } from '../../lib/useTitle';
import { hearingKeys, hearingsApi } from './api';
import { HearingForm } from './HearingForm';
import { formatOslo } from './hearingTime';
import type { HearingInput } from './types';

/** A body's hearings, newest first as the API gives them; its secretariat starts a new one here. */
export function HearingsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const body = useQuery(getBodyOptions({ path: { id } }));
  const [page, setPage] = usePage(id);
  const hearings = useQuery({ queryKey: hearingKeys.list(id, page), queryFn: () => hearingsApi.list(id, page) });
  const items = hearings.data?.items;
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const create = useMutation({
    mutationFn: (input: HearingInput) => hearingsApi.create(id, input),
    onSuccess: async (h) => {
      await queryClient.invalidateQueries({ queryKey: hearingKeys.all });
      navigate(`/horinger/${h.id}`);
    },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });
  useTitle(t('hearings.title'), body.data?.name);

  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{t('hearings.title')}</Heading>
        {body.data && (
          <Paragraph>
            <Link asChild><RouterLink to={`/organer/${id}`}>{body.data.name}</RouterLink></Link>
          </Paragraph>
        )}
      </div>
      <QueryState isPending={hearings.isPending} error={hearings.error} />
      {hearings.data?.total === 0 && <Paragraph>{t('hearings.none')}</Paragraph>}
      {items && items.length > 0 && (
        <TableScroll label={t('hearings.title')}>
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('hearings.hearing')}</Table.HeaderCell>
                <Table.HeaderCell>{t('hearings.state')}</Table.HeaderCell>
                <Table.HeaderCell>{t('hearings.period')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((h) => (
                <Table.Row key={h.id}>
                  <Table.Cell>
                    <Link asChild><RouterLink to={`/horinger/${h.id}`}>{h.title}</RouterLink></Link>
                  </Table.Cell>
                  <Table.Cell>{t(`hearingState.${h.state}`)}</Table.Cell>
                  <Table.Cell>{t('hearings.periodValue', { from: formatOslo(h.opensAt), to: formatOslo(h.closesAt) })}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <Pager page={hearings.data} onPage={setPage} label={t('hearings.pages')} />
      {body.data?.canManage && (
        <Details>
          <Details.Summary>{t('hearings.new')}</Details.Summary>
          <Details.Content>
            <HearingForm submit={(input) => create.mutate(input)} pending={create.isPending} serverErrors={errors} submitLabel={t('hearings.create')} />
          </Details.Content>
        </Details>
      )}
    </div>
  );
}
