/** The offline copy of a site served under /sub/: its worker's scope is the base path, and removal still works. */
import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

test('the worker is registered for the base path and the copy opens offline under it', async ({ page, context }) => {
  await page.goto('/sub/en/guides/');
  const status = page.locator('[data-offline-status]');
  await page.locator('[data-offline-keep]').click();
  await expect(status).toHaveText((await status.getAttribute('data-kept'))!);
  const scopes = await page.evaluate(async () =>
    (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname),
  );
  expect(scopes).toEqual(['/sub/']);
  await context.setOffline(true);
  await page.goto('/sub/en/guides/police-encounters/');
  await expect(page.locator('h1')).not.toBeEmpty();
  await context.setOffline(false);
  await page.goto('/sub/en/safety/');
  await page.locator('[data-offline-remove]').click();
  await expect(status).toHaveText((await status.getAttribute('data-removed'))!);
  expect(
    await page.evaluate(async () => [(await navigator.serviceWorker.getRegistrations()).length, await caches.keys()]),
  ).toEqual([0, []]);
});
