/**
 * The first scenario of the portal, in a real browser against the running stack: a user signs in, sees two pending
 * checklists, answers one whose second question appears only after the first answer, gets an error on a bad value,
 * fixes it and sees 100 %. axe-core checks every page on the way; screenshots and timings are kept.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, screenshot, seriousViolations, signIn } from './browser.ts';
import { createScenario, GATEWAY, type Scenario } from './stack.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let scenario: Scenario;
const metrics: Record<string, unknown> = {};

before(async () => {
  scenario = await createScenario();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
  writeFileSync(join(process.cwd(), '..', 'target', 'portal-metrics.json'), JSON.stringify(metrics, null, 2) + '\n');
  console.log(`portal metrics: ${JSON.stringify(metrics)}`);
});

async function assertAccessible(name: string) {
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `${name}: axe-core found serious or critical violations`);
}

function card(offeringName: string) {
  return page.locator('li.card').filter({ has: page.getByRole('heading', { name: offeringName }) });
}

test('a user signs in through Keycloak and sees two pending checklists', async () => {
  await page.goto(`${GATEWAY}/`);
  // the portal sends the visitor to Keycloak's sign-in page (authorization code with PKCE)
  await page.waitForURL(/\/realms\/compliance\/protocol\/openid-connect\/auth\?.*code_challenge_method=S256/);
  await signIn(page, scenario.user);
  await page.waitForURL(`${GATEWAY}/`);
  await page.getByRole('heading', { level: 1, name: 'My compliance' }).waitFor();
  await card(scenario.privacy.offeringName).waitFor();
  assert.equal(await page.locator('li.card').count(), 2);
  for (const name of [scenario.privacy.offeringName, scenario.terms.offeringName]) {
    await card(name).getByText('0 %', { exact: true }).waitFor();
    await card(name).getByRole('link', { name: 'Complete now' }).waitFor();
  }
  await page.getByText('2 of 2 need your answers.').waitFor();
  await assertAccessible('My compliance');
});

test('the first page is interactive quickly and its JavaScript is small', async () => {
  // a cold load: nothing cached, the session kept (as on coming back to the portal in the same tab)
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await page.reload();
  await page.locator('li.card').first().waitFor();
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const js = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.endsWith('.js'))
      .map((r) => (r as PerformanceResourceTiming).encodedBodySize);
    return {
      domInteractiveMs: Math.round(nav.domInteractive),
      loadEventEndMs: Math.round(nav.loadEventEnd),
      listShownMs: Math.round(performance.now()),
      jsTransferredBytes: js.reduce((a, b) => a + b, 0),
    };
  });
  Object.assign(metrics, timing);
  assert.ok(timing.loadEventEndMs < 1500, `the page loaded in ${timing.loadEventEndMs} ms`);
  assert.ok(timing.listShownMs < 1500, `the checklists showed after ${timing.listShownMs} ms`);
  assert.ok(timing.jsTransferredBytes < 300 * 1024, `${timing.jsTransferredBytes} bytes of JavaScript`);
  await screenshot(page, 'my-compliance');
});

test('the answer form shows the second question only after the first answer, aligns a bad value\'s error and reaches 100 %', async () => {
  await card(scenario.privacy.offeringName).getByRole('link', { name: 'Complete now' }).click();
  await page.waitForURL(`${GATEWAY}/checklists/${scenario.privacy.offeringUser}`);
  const processes = page.locator(`li[data-question="${scenario.privacy.processes}"]`);
  const officer = page.locator(`li[data-question="${scenario.privacy.officer}"]`);
  await processes.waitFor();
  assert.equal(await officer.count(), 0, 'the second question is hidden before the first answer');
  await page.getByText('0/1 answered').waitFor();
  await assertAccessible('Answer form');

  await processes.getByLabel('Yes').check();
  await officer.waitFor();
  await page.getByText('1/2 answered').waitFor();

  await officer.getByLabel(/Email address of your data protection officer/).fill('not-an-email');
  await page.getByRole('button', { name: 'Save answers' }).click();
  const error = officer.locator('.field-errors');
  await error.waitFor();
  assert.match(await error.innerText(), /Answer value 'not-an-email' is not valid/);
  assert.equal(await processes.locator('.field-errors').count(), 0, 'the error sits on the question it is about');
  await page.getByRole('alert').filter({ hasText: 'Nothing was saved' }).waitFor();
  await assertAccessible('Answer form with an error');
  await screenshot(page, 'answer-form-error');

  await officer.getByLabel(/Email address of your data protection officer/).fill('dpo@example.org');
  await page.getByRole('button', { name: 'Save answers' }).click();
  await page.getByText('Saved. This checklist is complete: 100 %.').waitFor();
  await page.getByText('100 % complete').waitFor();
  await page.getByText('2/2 answered').waitFor();
  await screenshot(page, 'answer-form');

  // My compliance follows: this checklist complete, the other one first
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My compliance' }).click();
  const done = card(scenario.privacy.offeringName);
  for (let attempt = 0; attempt < 20 && (await done.locator('.badge-complete').count()) === 0; attempt++) {
    await page.waitForTimeout(500);
    await page.reload();
    await done.waitFor();
  }
  await done.getByText('Complete', { exact: true }).waitFor();
  await done.getByText('100 % answered').waitFor();
  const first = page.locator('li.card').first();
  assert.ok((await first.innerText()).includes(scenario.terms.offeringName), 'the pending checklist comes first');
  await assertAccessible('My compliance after answering');
});

test('a friendly page for an unknown address and for a checklist that is not yours; both accessible', async () => {
  await page.goto(`${GATEWAY}/no/such/page`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await assertAccessible('Not found');
  await page.goto(`${GATEWAY}/checklists/0123456789abcdef0123456789abcdef`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
});

test('on a phone-sized screen nothing scrolls sideways and the pages stay accessible', async () => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${GATEWAY}/`);
  await page.locator('li.card').first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  await assertAccessible('My compliance on a phone');
  await screenshot(page, 'my-compliance-phone');
  await page.goto(`${GATEWAY}/checklists/${scenario.terms.offeringUser}`);
  await page.getByRole('button', { name: 'Save answers' }).waitFor();
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 0);
  await assertAccessible('Answer form on a phone');
  await screenshot(page, 'answer-form-phone');
});

test('sign-out ends the session at Keycloak', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${GATEWAY}/`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${GATEWAY}/signed-out`);
  await page.getByRole('heading', { name: 'You are signed out' }).waitFor();
  await assertAccessible('Signed out');
  await page.goto(`${GATEWAY}/`);
  await page.waitForURL(/\/realms\/compliance\/protocol\/openid-connect\/auth/);
});
