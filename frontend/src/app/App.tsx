import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Component, type ReactNode } from 'react';
import { unstable_HistoryRouter as HistoryRouter, MemoryRouter, useLocation, useRoutes } from 'react-router';
import { history } from '../lib/leaveBlocker';
import { asProblem } from '../lib/problems';
import { RouteError } from './RouteError';
import { routes } from './routes';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 401 and 404 will not change by asking again.
      retry: (count, error) => count < 2 && ![401, 403, 404].includes(asProblem(error).status ?? 0),
      staleTime: 30_000,
    },
  },
});

/** What the data router's errorElement did: a page that throws while rendering shows the crash page, not a blank one. */
class CrashBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: undefined as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown') };
  }
  render() {
    return this.state.error === undefined ? this.props.children : <RouteError error={this.state.error} />;
  }
}

function Routes() {
  const element = useRoutes(routes);
  // A new address starts with a fresh boundary, as the data router's did.
  return <CrashBoundary key={useLocation().pathname}>{element}</CrashBoundary>;
}

/** `location`: render that address without a browser, as the build does to prerender the sign-in page
 * (prerender.tsx); the tree is the same, so the browser's first render matches it and hydrates it. */
export function App({ location }: { location?: string }) {
  return (
    <QueryClientProvider client={queryClient}>
      {location === undefined ? (
        <HistoryRouter history={history}>
          <Routes />
        </HistoryRouter>
      ) : (
        <MemoryRouter initialEntries={[location]}>
          <Routes />
        </MemoryRouter>
      )}
    </QueryClientProvider>
  );
}
