import { useEffect } from 'react';

/** The browser tab's text for a screen and where it sits, most specific first:
 * `useTitle(meeting.title, body.name)` → "Oppstartsmøte – Nettverk for verdiskaping og kompetanse – Nettverk".
 * Screen readers announce it on each navigation, so it says where one is. Waits until the first part is known. */
export function pageTitle(...parts: (string | undefined | null)[]): string {
  return [...parts.filter((p): p is string => !!p), 'Nettverk'].join(' – ');
}

export function useTitle(...parts: (string | undefined | null)[]): void {
  const [first] = parts;
  const title = first ? pageTitle(...parts) : undefined;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
