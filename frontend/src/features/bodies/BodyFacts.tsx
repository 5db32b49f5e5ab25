import { Details, Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { BodyDetails } from '../../api/generated/types.gen';

const monthKeys = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Mandate, goal, tasks (behind a disclosure: long, and read once), meeting rules and reporting lines: what the body is
 * for and how it works. */
export function BodyFacts({ body: b }: { body: BodyDetails }) {
  const { t } = useTranslation();
  const rules = b.meetingRules;
  const months = (rules.preferredMonths ?? []).map((m) => t(`months.${monthKeys[m - 1]}`)).join(', ');
  const about = b.mandateHtml || b.goalHtml || b.tasks.length > 0;
  return (
    <>
      {about && (
        <Details>
          <Details.Summary>{t('bodyPage.about')}</Details.Summary>
          <Details.Content className="stack">
            {b.mandateHtml && (
              <section className="stack" aria-labelledby="mandate-heading">
                <Heading level={2} data-size="md" id="mandate-heading">
                  {t('body.mandate')}
                </Heading>
                {/* Rendered by the server from markdown with raw HTML escaped and unsafe links removed. */}
                <div className="markdown" dangerouslySetInnerHTML={{ __html: b.mandateHtml }} />
              </section>
            )}
            {b.goalHtml && (
              <section className="stack" aria-labelledby="goal-heading">
                <Heading level={2} data-size="md" id="goal-heading">
                  {t('body.goal')}
                </Heading>
                <div className="markdown" dangerouslySetInnerHTML={{ __html: b.goalHtml }} />
              </section>
            )}
            {b.tasks.length > 0 && (
              <section className="stack" aria-labelledby="tasks-heading">
                <Heading level={2} data-size="md" id="tasks-heading">
                  {t('body.tasks')}
                </Heading>
                <List.Unordered>
                  {b.tasks.map((task) => (
                    <List.Item key={task}>{task}</List.Item>
                  ))}
                </List.Unordered>
              </section>
            )}
          </Details.Content>
        </Details>
      )}
      <section className="stack" aria-labelledby="rules-heading">
        <Heading level={2} data-size="md" id="rules-heading">
          {t('body.meetingRules')}
        </Heading>
        <List.Unordered>
          {rules.maxMeetingsPerYear != null && <List.Item>{t('body.maxMeetings', { count: rules.maxMeetingsPerYear })}</List.Item>}
          {months && <List.Item>{t('body.months', { months })}</List.Item>}
          {rules.openMeetingsMin != null && (
            <List.Item>{t('body.openMeetings', { min: rules.openMeetingsMin, max: rules.openMeetingsMax ?? rules.openMeetingsMin })}</List.Item>
          )}
        </List.Unordered>
        {b.reportsTo.length > 0 && (
          <Paragraph>
            {t('body.reportsTo')}{' '}
            {b.reportsTo.map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <Link asChild>
                  <RouterLink to={`/organer/${c.id}`}>{c.name}</RouterLink>
                </Link>
              </span>
            ))}
          </Paragraph>
        )}
        {b.children.length > 0 && (
          <Paragraph>
            {t('body.children')}{' '}
            {b.children.map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <Link asChild>
                  <RouterLink to={`/organer/${c.id}`}>{c.name}</RouterLink>
                </Link>
              </span>
            ))}
          </Paragraph>
        )}
      </section>
    </>
  );
}
