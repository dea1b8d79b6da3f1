import { QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from '@/i18n/i18n-context';
import type { Language } from '@/i18n/languages';
import type { Messages, MessageScope } from '@/i18n/messages';
import { queryClient } from '@/lib/query-client';
import { AppRouter } from './router';

type Props = { language: Language; messages: Messages; scope?: MessageScope };

export function App({ language, messages, scope }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider language={language} messages={messages} scope={scope}>
        <AppRouter />
      </I18nProvider>
    </QueryClientProvider>
  );
}
