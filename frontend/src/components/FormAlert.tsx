import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { FormErrors } from '../lib/problems';

/** The one summary line of a refused form, announced to screen readers. */
export function FormAlert({ errors }: { errors: FormErrors | null }) {
  if (!errors) return null;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{errors.summary}</Paragraph>
    </Alert>
  );
}
