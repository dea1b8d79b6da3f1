import { customerSearchUrl, EVELINE, expect, test } from './fixtures';

test.describe('languages', () => {
  test('switching to 简体中文 and Español translates the console and keeps the page', async ({ page, signInAs }) => {
    await signInAs('manager');
    await page.goto(customerSearchUrl(undefined, `?by=number&q=${EVELINE.number}`));
    await expect(page.getByRole('heading', { level: 1, name: 'Find a customer' })).toBeVisible();

    await page.getByLabel('Language').selectOption('zh-CN');
    await expect(page.getByRole('heading', { level: 1, name: '查找客户' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('status')).toHaveText('1 个匹配结果');
    await expect(page.getByRole('button', { name: '登出' })).toBeVisible();

    await page.getByLabel('语言').selectOption('es');
    await expect(page.getByRole('heading', { level: 1, name: 'Buscar un cliente' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('status')).toHaveText('1 coincidencia');
    await expect(page).toHaveURL(new RegExp(`q=${EVELINE.number}`));

    // The choice holds for the tab across a reload.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Buscar un cliente' })).toBeVisible();
  });

  test('the sign-in page can be read in Chinese before signing in', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Language').selectOption('zh-CN');
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await expect(page.getByLabel('用户名')).toBeVisible();
  });
});
