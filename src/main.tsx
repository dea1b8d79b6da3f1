import type { Root } from 'react-dom/client';
import { configureClient } from '@/api/client';
import { fetchWithEarlyResponses, markConsole } from '@/api/early-responses';
import { forceServerKind } from '@/api/resources/server';
import { setRuntimeConfig } from '@/config/current-config';
import { loadRuntimeConfig } from '@/config/runtime-config';
import { applyDocumentLanguage } from '@/i18n/i18n-context';
import { initialLanguage } from '@/i18n/languages';
import { loadMessages } from '@/i18n/messages';
import { App } from '@/app/app';
import { expireSession, needsAllMessages, preloadRoute } from '@/app/router';
import { rememberRolesOnEveryUserRead } from '@/app/boot/remember-roles';
import { queryClient } from '@/lib/query-client';
import { endSessionSignedOutElsewhere } from '@/lib/session';
import { joinOtherTabs } from '@/lib/session-sharing';
import './styles.css';

/**
 * React DOM, more than half of the start-up JavaScript, is not needed to start the first route's requests: it comes in
 * a chunk of its own, preloaded by index.html beside the entry (vite.config.ts, `preloadChunkOf`), so the API requests
 * leave as soon as the smaller entry has run and React DOM compiles meanwhile.
 */
const reactDom = import('react-dom/client');
let created: Promise<Root> | undefined;
const root = () => (created ??= reactDom.then(({ createRoot }) => createRoot(document.getElementById('root')!)));

async function start(): Promise<void> {
  // The start-up script (src/app/boot), if it has not run yet, leaves the requests to this entry.
  markConsole('started');
  const language = initialLanguage();
  applyDocumentLanguage(language);
  // The first route's messages start now (every namespace when it needs more than the first screens'), its data as
  // soon as the configuration (preloaded by index.html) says where the API is, its chunks right after: the API
  // requests go out first, and nothing waits for the render.
  const { pathname } = window.location;
  const scope = needsAllMessages(pathname) ? 'all' : 'initial';
  const messages = loadMessages(language, scope);
  messages.catch(() => undefined); // awaited below, after the configuration (whose failure is reported first)
  try {
    // A tab opened without a session joins the one an open tab of the console has (see session-sharing).
    // config.json may have been asked for already, by the start-up script (src/app/boot): its answer is taken then.
    const [config] = await Promise.all([
      loadRuntimeConfig((input, init) => fetchWithEarlyResponses(String(input), init)),
      joinOtherTabs(endSessionSignedOutElsewhere),
    ]);
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
      (await root()).render(<App language={language} messages={await messages} scope={scope} Router={DeskRouter} />);
      return;
    }
    rememberRolesOnEveryUserRead(queryClient);
    markConsole('asking');
    preloadRoute(pathname, { chunks: false, messages: false });
    preloadRoute(pathname, { data: false, messages: false });
    const [rendering, loaded] = await Promise.all([root(), messages]);
    rendering.render(<App language={language} messages={loaded} scope={scope} />);
  } catch (error) {
    (await root()).render(
      <main className="startup-error">
        <h1>Customer Desk could not start</h1>
        <p role="alert">{error instanceof Error ? error.message : String(error)}</p>
      </main>,
    );
  }
}

void start();
