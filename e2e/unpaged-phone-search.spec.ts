import { expect, SANDBOX_PASSWORD, test } from './fixtures';
import { startSandbox, type RunningSandbox } from './support/sandbox-process';

/**
 * A phone search against a server that does not page (issue 8 §5): a second server process configured like plain OBP
 * (`SANDBOX_EXTENSIONS=none`: every match in one answer, no paging, no capabilities endpoint), seeded with 22,300
 * customers — about 20,000 of them at gh.29.uk. `%` brings them all; the first rows must show within 300 ms of the
 * answer's arrival, measured in the page.
 */
const OBP_LIKE_PORT = Number(process.env.E2E_PORT ?? 4173) + 2100;
/**
 * The budget, from the response's arrival (its first byte: status and headers) to the frame that paints the
 * first result rows. The console reads the answer as it streams in, so the first rows need not wait for the last byte.
 */
const FIRST_ROWS_BUDGET_MS = 300;

let server: RunningSandbox;
test.beforeAll(async () => {
  // Seeding 22,300 customers (bulk load: indexes built after the rows) is most of this hook's time.
  const started = performance.now();
  server = await startSandbox(OBP_LIKE_PORT, {
    SANDBOX_EXTENSIONS: 'none',
    SEED_CUSTOMERS: '22300',
    // Matching `%` against every number of the bank on two busy cores must not hit the search's time budget.
    SEARCH_TIME_BUDGET_MS: '60000',
  });
  test.info().annotations.push({ type: 'seed + start', description: `${Math.round(performance.now() - started)} ms` });
});
test.afterAll(async () => server?.stop());

type FirstRowsProbe = { firstRowsPaintedAt?: number; longTasks?: Array<{ startTime: number; duration: number }> };

test('a % search answered with every customer of the bank shows its first rows while the answer is still arriving, and prints how soon', async ({ page, expectAccessible }) => {
  await page.goto(`${server.url}/`);
  await page.getByLabel('Username').fill('manager');
  await page.getByLabel('Password').fill(SANDBOX_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The console opens on the home page; the search is one link away.
  await expect(page).toHaveURL(/\/banks\/gh\.29\.uk$/);
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find a customer' })).toBeVisible();

  const pattern = page.getByLabel('Mobile phone pattern');
  await pattern.fill('%');
  await pattern.press('Enter');
  // Plain OBP returns every match at once: a pattern without three literal characters in a row is confirmed first.
  const dialog = page.getByRole('dialog', { name: 'Search the whole bank?' });
  await expect(dialog).toBeVisible();

  // In the page: the time of the first animation frame after the first result row is in the document (the frame
  // that paints it).
  await page.evaluate(() => {
    const probe = window as unknown as FirstRowsProbe;
    // Every main-thread task over 50 ms from here on (the browser's Long Tasks API), to find the longest while streaming.
    probe.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks?.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    const observer = new MutationObserver(() => {
      if (!document.querySelector('#search-results tbody tr')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        probe.firstRowsPaintedAt = performance.now();
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  const answer = page.waitForResponse((response) => response.url().includes('/search/customers/mobile-phone-number'));
  await dialog.getByRole('button', { name: 'Search anyway' }).click();
  const response = await answer;
  expect(response.status()).toBe(201);
  // Like OBP: no paging parameters sent, none answered.
  expect(new URL(response.url()).search).toBe('');
  expect(response.headers()['x-total-count']).toBeUndefined();

  // While the answer streams the count says "At least …"; then every match is counted. Waited for in the page, with
  // a plain text check: a locator's checks (visibility, counts) lay the page out in the middle of the streaming, and
  // would add their own long tasks to the figure below.
  await page.waitForFunction(() => /^[\d,.\s]+ matches$/.test(document.querySelector('.result-count')?.textContent ?? ''), undefined, {
    timeout: 50_000,
    polling: 100,
  });
  const results = page.getByRole('table', { name: 'Customers found' });
  await expect(results.locator('tbody tr').first()).toBeVisible();
  await expect(results.locator('tbody tr')).toHaveCount(20);
  const count = page.locator('.result-count');
  await expect(count).toHaveText(/^[\d,.\s]+ matches$/);
  const matches = Number((await count.innerText()).replace(/\D/g, ''));
  expect(matches).toBeGreaterThanOrEqual(20_000);

  await page.waitForFunction(() => (window as unknown as FirstRowsProbe).firstRowsPaintedAt !== undefined);
  const measured = await page.evaluate(() => {
    const entry = performance
      .getEntriesByType('resource')
      .filter((candidate): candidate is PerformanceResourceTiming => candidate.name.includes('/search/customers/mobile-phone-number'))
      .at(-1);
    if (!entry) throw new Error('no resource timing for the phone search');
    const probe = window as unknown as FirstRowsProbe;
    const painted = probe.firstRowsPaintedAt!;
    const streaming = (probe.longTasks ?? []).filter((task) => task.startTime + task.duration >= entry.responseStart && task.startTime <= entry.responseEnd);
    return {
      longestTaskMs: Math.max(0, ...streaming.map((task) => task.duration)),
      longTasks: streaming.length,
      afterRequestMs: painted - entry.requestStart,
      afterResponseMs: painted - entry.responseStart,
      beforeLastByteMs: entry.responseEnd - painted,
      downloadMs: entry.responseEnd - entry.responseStart,
      decodedBytes: entry.decodedBodySize,
    };
  });
  const figure =
    `phone search "%" on a server that does not page: ${matches} rows (${(measured.decodedBytes / 1_048_576).toFixed(1)} MiB), ` +
    `first rows painted ${measured.afterResponseMs.toFixed(0)} ms after the response arrived ` +
    `(${measured.afterRequestMs.toFixed(0)} ms after the request left), ` +
    `${measured.beforeLastByteMs.toFixed(0)} ms before its last byte (the body took ${measured.downloadMs.toFixed(0)} ms to arrive); ` +
    `longest main-thread task while it streamed ${measured.longestTaskMs.toFixed(0)} ms (${measured.longTasks} over 50 ms); ` +
    `budget ${FIRST_ROWS_BUDGET_MS} ms`;
  // eslint-disable-next-line no-console -- the figure the issue asks this test to print
  console.log(figure);
  test.info().annotations.push({ type: 'first rows', description: figure });
  expect(measured.afterResponseMs).toBeGreaterThan(0);
  // The figure against the 300 ms budget is printed, not asserted: a duration depends on the machine (a timed test
  // fails on a busy one). What holds on any machine is that rows show while the answer is still arriving.
  expect(measured.beforeLastByteMs).toBeGreaterThan(0);

  // The console pages what came: the next page is read from the same answer, not downloaded again.
  let searchedAgain = false;
  page.on('request', (request) => {
    if (request.url().includes('/search/customers/mobile-phone-number')) searchedAgain = true;
  });
  const firstRow = await results.locator('tbody tr').first().innerText();
  await page.getByRole('navigation', { name: 'Result pages' }).getByRole('button', { name: /Next/ }).click();
  await expect(results.locator('tbody tr').first()).not.toHaveText(firstRow);
  await expect(results.locator('tbody tr')).toHaveCount(20);
  expect(searchedAgain).toBe(false);

  await expectAccessible();
});
