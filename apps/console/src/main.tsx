import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { SessionProvider } from './session/session';
import './styles.css';

/** A refused call (4xx) will not succeed by asking again; a dropped connection might. */
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 15_000, retry: (failures, error) => failures < 2 && !('problem' in error) },
  },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <QueryClientProvider client={queryClient}>
    <SessionProvider>
      <App />
    </SessionProvider>
  </QueryClientProvider>,
);
