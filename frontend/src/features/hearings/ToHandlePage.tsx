import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../lib/useTitle';
import { InputRoundsToAnswer } from '../inputRounds/InputRoundsToAnswer';
import { HearingsToAnswer } from './HearingsToAnswer';

/**
 * «Til behandling»: what my organisation or I have been asked to answer, with deadlines, across all bodies. One section
 * per kind of request; input rounds add theirs beside the hearings.
 */
export function ToHandlePage() {
  const { t } = useTranslation();
  useTitle(t('toHandle.title'));
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{t('toHandle.title')}</Heading>
        <Paragraph>{t('toHandle.intro')}</Paragraph>
      </div>
      <HearingsToAnswer />
      <InputRoundsToAnswer />
    </div>
  );
}
