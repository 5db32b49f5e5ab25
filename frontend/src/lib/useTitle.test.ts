import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pageTitle, useTitle } from './useTitle';

describe('useTitle', () => {
  it('names the screen, then where it sits, then the service', () => {
    expect(pageTitle('Oppstartsmøte', 'Nettverk for verdiskaping og kompetanse')).toBe(
      'Oppstartsmøte – Nettverk for verdiskaping og kompetanse – Nettverk',
    );
  });

  it('leaves out parts not known yet, and waits for the first', () => {
    document.title = 'før';
    const { rerender } = renderHook(({ a, b }: { a?: string; b?: string }) => useTitle(a, b), { initialProps: {} });
    expect(document.title).toBe('før');
    rerender({ a: 'Referat', b: undefined });
    expect(document.title).toBe('Referat – Nettverk');
    rerender({ a: 'Referat', b: 'Styringsgruppe' });
    expect(document.title).toBe('Referat – Styringsgruppe – Nettverk');
  });
});
