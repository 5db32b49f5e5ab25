import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { asProblem } from '../lib/problems';
import { router } from './routes';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 401 and 404 will not change by asking again.
      retry: (count, error) => count < 2 && ![401, 403, 404].includes(asProblem(error).status ?? 0),
      staleTime: 30_000,
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
