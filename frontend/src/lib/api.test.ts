import { readCookie, refreshAntiforgery, withAntiforgery, withAntiforgeryWhenReady, withStatus } from './api';

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

describe('an unsafe request before the cookie has arrived', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('waits for the antiforgery cookie, then sends its token', async () => {
    let arrive: () => void = () => {};
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => {
      arrive = () => {
        document.cookie = 'XSRF-TOKEN=late-token; path=/';
        resolve(new Response(null, { status: 204 }));
      };
    }));
    void refreshAntiforgery();
    const sent = withAntiforgeryWhenReady(new Request('http://localhost/api/account/login', { method: 'POST' }));
    arrive();
    expect((await sent).headers.get('X-XSRF-TOKEN')).toBe('late-token');
  });
});

describe('failed answers', () => {
  it('keeps a problem as the API sent it', () => {
    const problem = { status: 400, code: 'validation', errors: { file: ['Too big.'] } };
    expect(withStatus(problem, new Response(null, { status: 400 }))).toBe(problem);
  });

  it("turns a proxy's HTML page into its status, not a message full of markup", () => {
    expect(withStatus('<html><body>413 Request Entity Too Large</body></html>', new Response(null, { status: 413 }))).toEqual({ status: 413 });
  });

  it('leaves a network failure alone', () => {
    const failure = new TypeError('Failed to fetch');
    expect(withStatus(failure, undefined)).toBe(failure);
  });
});
