import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { configureApi } from '../../lib/api';
import { renderAt } from '../../testing/render';
import { safeNext, SignInPage } from './SignInPage';

afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

describe('SignInPage', () => {
  it("shows the server's refusal in our words", async () => {
    configureApi('http://localhost');
    vi.stubGlobal('fetch', vi.fn(async () => answer(401, { status: 401, title: 'Unauthorized', code: 'invalid_credentials' })));
    renderAt('/logg-inn', [{ path: '/logg-inn', element: <SignInPage /> }]);
    await userEvent.type(screen.getByLabelText('E-post', { exact: false }), 'admin@example.org');
    await userEvent.type(screen.getByLabelText('Passord', { exact: false }), 'feil-passord');
    await userEvent.click(screen.getByRole('button', { name: 'Logg inn' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Feil e-postadresse eller passord.'));
  });

  it('puts field errors on the fields', async () => {
    configureApi('http://localhost');
    vi.stubGlobal('fetch', vi.fn(async () => answer(400, { status: 400, code: 'validation', errors: { email: ['The Email field is not a valid e-mail address.'] } })));
    renderAt('/logg-inn', [{ path: '/logg-inn', element: <SignInPage /> }]);
    await userEvent.type(screen.getByLabelText('E-post', { exact: false }), 'ikke-en-adresse');
    await userEvent.click(screen.getByRole('button', { name: 'Logg inn' }));
    await waitFor(() => expect(screen.getByText('The Email field is not a valid e-mail address.')).toBeTruthy());
    expect(screen.getByLabelText('E-post', { exact: false }).getAttribute('aria-invalid')).toBe('true');
  });

  it('only returns to addresses inside the app', () => {
    expect(safeNext('/organer/1')).toBe('/organer/1');
    expect(safeNext('//evil.example.org')).toBe('/');
    expect(safeNext('https://evil.example.org')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
