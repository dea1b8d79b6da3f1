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
import { endSessionSignedOutElsewhere } from '@/lib/session';
import { joinOtherTabs } from '@/lib/session-sharing';
import './styles.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const language = initialLanguage();
  applyDocumentLanguage(language);
  try {
    // A tab opened without a session joins the one an open tab of the console has (see session-sharing).
    const [config, messages] = await Promise.all([loadRuntimeConfig(), loadMessages(language), joinOtherTabs(endSessionSignedOutElsewhere)]);
    setRuntimeConfig(config);
    configureClient({
      baseUrl: config.obpBaseUrl,
      consumerKey: config.consumerKey,
      onUnauthenticated: () => expireSession('expired'),
    });
    forceServerKind(config.server);
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
