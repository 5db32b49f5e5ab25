import { readCookie, withAntiforgery } from './api';

describe('antiforgery', () => {
  const cookies = 'theme=dark; XSRF-TOKEN=abc%2Fdef%3D%3D; other=1';

  it('reads and decodes the cookie', () => {
    expect(readCookie('XSRF-TOKEN', cookies)).toBe('abc/def==');
    expect(readCookie('missing', cookies)).toBeUndefined();
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('sends the token on %s', (method) => {
    const request = withAntiforgery(new Request('http://localhost/api/x', { method }), cookies);
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('abc/def==');
  });

  it('does not send it on GET', () => {
    expect(withAntiforgery(new Request('http://localhost/api/x'), cookies).headers.has('X-XSRF-TOKEN')).toBe(false);
  });
});
