import { QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { I18nProvider } from '@/i18n/i18n-context';
import type { Language } from '@/i18n/languages';
import type { Messages, MessageScope } from '@/i18n/messages';
import { queryClient } from '@/lib/query-client';
import { AppRouter } from './router';

/** `Router`: the OBP console's routes by default; the desk routes on an OpenWealth / bankingservice.ai backend (issue 9). */
type Props = { language: Language; messages: Messages; scope?: MessageScope; Router?: ComponentType };

export function App({ language, messages, scope, Router = AppRouter }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider language={language} messages={messages} scope={scope}>
        <Router />
      </I18nProvider>
    </QueryClientProvider>
  );
}
