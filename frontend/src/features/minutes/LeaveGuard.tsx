import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLeaveBlocker } from '../../lib/leaveBlocker';

/** Asks before leaving the page with unsaved changes: inside the app with a dialog, and the browser's own on reload or close. */
export function LeaveGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useLeaveBlocker(when);

  useEffect(() => {
    if (!when) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  return (
    <Dialog open={blocker.state === 'blocked'} closeButton={false} aria-labelledby="leave-heading" onClose={() => blocker.reset?.()}>
      <div className="stack">
        <Heading level={2} data-size="sm" id="leave-heading">
          {t('minutes.leaveTitle')}
        </Heading>
        <Paragraph>{t('minutes.leaveText')}</Paragraph>
        <div className="row">
          <Button onClick={() => blocker.reset?.()}>{t('minutes.stay')}</Button>
          <Button variant="secondary" data-color="danger" onClick={() => blocker.proceed?.()}>
            {t('minutes.leave')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
