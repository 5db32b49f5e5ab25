import { Checkbox, Field, Heading, Label, Paragraph, Select, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PartyStatusTag } from './PartyStatusTag';
import type { SideBySide } from './types';
import styles from './hearings.module.css';

/** Which sections and parties to show: one section or all, and only parties that have answered or every one. */
export function visibleColumns(data: SideBySide, section: number | null, answeredOnly: boolean) {
  const sections = data.sections.map((s, i) => ({ ...s, index: i })).filter((s) => section === null || s.index === section);
  const parties = data.parties.filter((p) => !answeredOnly || p.noComments || p.texts.some((x) => x?.trim()) || p.exemptBasis);
  return { sections, parties };
}

/** The responses side by side per section: every party's text to a section next to each other, stacked on a phone. */
export function SectionView({ data }: { data: SideBySide }) {
  const { t } = useTranslation();
  const [section, setSection] = useState<number | null>(null);
  const [answeredOnly, setAnsweredOnly] = useState(true);
  const { sections, parties } = visibleColumns(data, section, answeredOnly);
  return (
    <div className="stack">
      <div className="row">
        {data.sections.length > 1 && (
          <Field>
            <Label>{t('hearings.reading.section')}</Label>
            <Select value={section ?? ''} onChange={(e) => setSection(e.target.value === '' ? null : Number(e.target.value))}>
              <Select.Option value="">{t('hearings.reading.allSections')}</Select.Option>
              {data.sections.map((s, i) => <Select.Option key={i} value={i}>{s.title}</Select.Option>)}
            </Select>
          </Field>
        )}
        <Checkbox label={t('hearings.reading.answeredOnly')} checked={answeredOnly} onChange={(e) => setAnsweredOnly(e.target.checked)} />
      </div>
      {parties.length === 0 && <Paragraph>{t('hearings.reading.noResponses')}</Paragraph>}
      {parties.length > 0 && sections.map((s) => (
        <section key={s.index} className="stack" aria-labelledby={`section-${s.index}`}>
          <Heading level={2} data-size="sm" id={`section-${s.index}`}>{s.general ? t('hearings.respond.general') : s.title || t('hearings.reading.whole')}</Heading>
          <ul className={styles.grid} aria-labelledby={`section-${s.index}`}>
            {parties.map((p) => (
              <li key={p.partyId} className={styles.card}>
                <Heading level={3} data-size="2xs">{p.name}</Heading>
                <div className="row">
                  <PartyStatusTag status={p.status} />
                  {p.exemptBasis && <Tag data-size="sm" data-color="warning">{t(`hearingExemption.${p.exemptBasis}`)}</Tag>}
                </div>
                {p.noComments ? (
                  <Paragraph>{t('hearings.noComments')}</Paragraph>
                ) : p.texts[s.index]?.trim() ? (
                  <Paragraph className="prose">{p.texts[s.index]}</Paragraph>
                ) : (
                  <Paragraph className="muted">{t('hearings.reading.nothing')}</Paragraph>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
