import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { I18nProvider } from '@/i18n/i18n-context';
import type { Language } from '@/i18n/languages';
import type { Messages } from '@/i18n/messages';
import { queryClient } from '@/lib/query-client';
import type { router as appRouter } from './router';

type Props = { language: Language; messages: Messages; router: typeof appRouter };

export function App({ language, messages, router }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider language={language} messages={messages}>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>
  );
}
