import { useEffect } from 'react';

/** Each screen names itself in the browser tab, as screen readers announce it. */
export function useTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} – Nettverk`;
  }, [title]);
}
