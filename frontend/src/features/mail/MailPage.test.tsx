import { screen } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { MailPage } from './MailPage';

afterEach(() => vi.unstubAllGlobals());

describe('MailPage', () => {
  it('tells someone the API refuses, in Norwegian, that the page is not for them, with no empty table', async () => {
    stubApi(() => [403, { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.4', title: 'Forbidden', status: 403, code: 'forbidden' }]);
    renderAt('/sendt-epost', [{ path: '/sendt-epost', element: <MailPage /> }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har ikke tilgang' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(document.body.textContent).not.toContain('Forbidden');
    expect(document.title).toBe('Du har ikke tilgang – Nettverk');
  });
});
