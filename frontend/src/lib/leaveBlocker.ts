import { useCallback, useEffect, useState } from 'react';
import { UNSAFE_createBrowserHistory as createBrowserHistory, useLocation } from 'react-router';

// The app uses React Router's declarative router, not its data router (createBrowserRouter): the data router's code is
// 17 KB gzipped of every page's JavaScript and the app used one thing of it, useBlocker. This is that one thing: a
// browser history that asks a guard before it lets the app leave the page, for links, navigate() and the back button.

type To = Parameters<ReturnType<typeof createBrowserHistory>['push']>[0];
type Guard = { blocks: (nextPathname: string) => boolean; ask: (proceed: () => void) => void };

let guard: Guard | null = null;
let ignoreNextPop = false;
let passNextPop = false;

const base = createBrowserHistory({ v5Compat: true });

function pathnameOf(to: To) {
  if (typeof to !== 'string') return to.pathname ?? base.location.pathname;
  return new URL(to, window.location.origin + base.location.pathname).pathname;
}

function guarded(to: To, go: () => void) {
  if (guard?.blocks(pathnameOf(to))) guard.ask(go);
  else go();
}

/** The browser history the router runs on (App.tsx). */
export const history: typeof base = Object.create(base);
history.push = (to, state) => guarded(to, () => base.push(to, state));
history.replace = (to, state) => guarded(to, () => base.replace(to, state));
history.listen = (listener) =>
  base.listen((update) => {
    if (update.action !== 'POP') return listener(update);
    // The back or forward button: the address has already changed. Put it back and ask; go on if told to.
    if (ignoreNextPop) {
      ignoreNextPop = false;
      return;
    }
    const delta = update.delta;
    if (!passNextPop && delta && guard?.blocks(update.location.pathname)) {
      ignoreNextPop = true;
      window.history.go(-delta);
      guard.ask(() => {
        passNextPop = true;
        window.history.go(delta);
      });
      return;
    }
    passNextPop = false;
    listener(update);
  });

/** Holds navigation away from the current page while `when` is true, in the shape of React Router's useBlocker:
 * `state` is 'blocked' while a navigation waits for proceed() or reset(). */
export function useLeaveBlocker(when: boolean) {
  const { pathname } = useLocation();
  const [pending, setPending] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!when) return;
    const mine: Guard = { blocks: (next) => next !== pathname, ask: (proceed) => setPending(() => proceed) };
    guard = mine;
    return () => {
      if (guard === mine) guard = null;
    };
  }, [when, pathname]);

  const proceed = useCallback(() => {
    setPending(null);
    guard = null;
    pending?.();
  }, [pending]);
  const reset = useCallback(() => setPending(null), []);
  return { state: pending ? ('blocked' as const) : ('unblocked' as const), proceed, reset };
}
