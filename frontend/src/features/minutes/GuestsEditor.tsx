import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../lib/problems';
import { fieldError } from '../../lib/problemsIn';
import { type DraftGuest, newKey } from './draft';
import styles from './minutes.module.css';

/** Others at the meeting: presenters, guests, the secretariat. The list replaces the saved one as a whole. */
export function GuestsEditor({ guests, onChange, errors }: { guests: DraftGuest[]; onChange: (guests: DraftGuest[]) => void; errors: FormErrors | null }) {
  const { t } = useTranslation();
  const update = (key: string, change: Partial<DraftGuest>) => onChange(guests.map((g) => (g.key === key ? { ...g, ...change } : g)));
  return (
    <section className="stack" aria-labelledby="guests-heading">
      <Heading level={3} data-size="xs" id="guests-heading">
        {t('attendance.guests')}
      </Heading>
      {guests.length === 0 && <Paragraph data-size="sm">{t('attendance.noGuests')}</Paragraph>}
      {guests.map((g, i) => (
        <Fieldset key={g.key} className={styles.guest} data-size="sm">
          <Fieldset.Legend>{t('attendance.guestN', { n: i + 1 })}</Fieldset.Legend>
          <div className="row">
            <Textfield label={t('attendance.guestName')} value={g.name} required onChange={(e) => update(g.key, { name: e.target.value })}
              error={fieldError(errors, `guests[${i}].name`)} />
            <Textfield label={t('attendance.guestOrganisation')} value={g.organisationName}
              onChange={(e) => update(g.key, { organisationName: e.target.value })} />
            <Textfield label={t('attendance.guestNote')} value={g.note} onChange={(e) => update(g.key, { note: e.target.value })} />
            <Button variant="tertiary" data-color="danger" onClick={() => onChange(guests.filter((x) => x.key !== g.key))}
              aria-label={t('attendance.removeGuest', { name: g.name || t('attendance.guestN', { n: i + 1 }) })}>
              {t('attendance.remove')}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div>
        <Button variant="secondary" onClick={() => onChange([...guests, { key: newKey(), id: null, name: '', organisationName: '', note: '' }])}>
          {t('attendance.addGuest')}
        </Button>
      </div>
    </section>
  );
}
