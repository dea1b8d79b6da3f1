import { createRoot } from 'react-dom/client';
import { configureClient } from '@/api/client';
import { forceServerKind } from '@/api/resources/server';
import { setRuntimeConfig } from '@/config/current-config';
import { loadRuntimeConfig } from '@/config/runtime-config';
import { applyDocumentLanguage } from '@/i18n/i18n-context';
import { initialLanguage } from '@/i18n/languages';
import { loadMessages } from '@/i18n/messages';
import { App } from '@/app/app';
import { expireSession } from '@/app/router';
import './styles.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const language = initialLanguage();
  applyDocumentLanguage(language);
  try {
    const [config, messages] = await Promise.all([loadRuntimeConfig(), loadMessages(language)]);
    setRuntimeConfig(config);
    configureClient({
      baseUrl: config.obpBaseUrl,
      consumerKey: config.consumerKey,
      onUnauthenticated: () => expireSession('expired'),
    });
    forceServerKind(config.server);
    if (config.backend === 'openwealth' || config.backend === 'bankingservice') {
      // Issue 9: an OpenWealth or bankingservice.ai backend behind Customer Desk's server; its screens load only here.
      const [{ DeskRouter }, { endDeskSession }, { setSessionRevoker }] = await Promise.all([
        import('@/app/desk-router'),
        import('@/api/resources/desk-staff'),
        import('@/lib/session'),
      ]);
      setSessionRevoker(endDeskSession);
      root.render(<App language={language} messages={messages} Router={DeskRouter} />);
      return;
    }
    root.render(<App language={language} messages={messages} />);
  } catch (error) {
    root.render(
      <main className="startup-error">
        <h1>Customer Desk could not start</h1>
        <p role="alert">{error instanceof Error ? error.message : String(error)}</p>
      </main>,
    );
  }
}

void start();
