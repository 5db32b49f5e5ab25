import { render, screen } from '@testing-library/react';
import { QueryState } from './Loading';

describe('QueryState', () => {
  it('shows the general Norwegian words for a problem with an unknown code, not its English title or detail', () => {
    render(<QueryState isPending={false} error={{ status: 409, code: 'brand_new_rule', title: 'Something went sideways', detail: 'The widget is frobnicated.' }} />);
    expect(screen.getByText('Noe gikk galt. Prøv igjen.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('sideways');
    expect(document.body.textContent).not.toContain('frobnicated');
  });

  it('says "Du har ikke lov" for a 403, never "Forbidden"', () => {
    render(<QueryState isPending={false} error={{ status: 403, title: 'Forbidden', type: 'https://tools.ietf.org/html/rfc9110#section-15.5.4' }} />);
    expect(screen.getByText('Du har ikke lov til å gjøre dette.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('Forbidden');
  });
});
