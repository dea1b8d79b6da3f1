import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, requireAllMessages, useI18n } from './i18n-context';
import { loadMessages } from './messages';

function Probe() {
  const { t, setLanguage } = useI18n();
  return (
    <>
      <h1>{t('createCustomer.title')}</h1>
      <button type="button" onClick={() => void setLanguage('zh-CN')}>
        zh
      </button>
    </>
  );
}

describe('switching language', () => {
  it('brings every namespace when a route was still waiting for them in the old language', async () => {
    render(
      <I18nProvider language="en" messages={await loadMessages('en', 'initial')}>
        <Probe />
      </I18nProvider>,
    );
    // A later route asks for every namespace, and the user switches language before they have come.
    const waiting = requireAllMessages();
    await act(async () => screen.getByRole('button', { name: 'zh' }).click());
    await act(async () => waiting);
    expect(await screen.findByRole('heading', { name: '新建客户' })).toBeTruthy();
  });
});
