import { Details } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';

/**
 * A designsystemet Details whose content is mounted only while open: a meeting has many of them (each item's papers,
 * the edit forms), and rendering them all closed is what made the page block the main thread.
 */
export function Disclosure({ summary, children, defaultOpen = false }: { summary: React.ReactNode; children: React.ReactNode; defaultOpen?: boolean }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(defaultOpen);
  return (
    // The toggle event is caught in the capture phase, so a nested one reaches here too: read this element's state.
    <Details ref={ref} defaultOpen={defaultOpen} onToggle={() => setOpen(!!ref.current?.open)}>
      <Details.Summary>{summary}</Details.Summary>
      <Details.Content>{open && children}</Details.Content>
    </Details>
  );
}
