/** Debian's chromium, headless through playwright-core, with the flags that work without a network. */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  if (process.env.CHROMIUM) {
    return process.env.CHROMIUM;
  }
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not installed: run e2e-tests/browser/run.sh, which installs it, or apt-get install chromium');
  }
}

/**
 * Fills in Keycloak's sign-in form. A form that has not come within 30 s is loaded once more, and a second miss names
 * the page the browser was on: a Keycloak busy with other work can leave the first request of a cold theme hanging.
 */
export async function signIn(page: Page, user: { username: string; password: string }): Promise<void> {
  const username = page.locator('#username');
  try {
    await username.waitFor({ timeout: 30_000 });
  } catch {
    console.log(`the sign-in form did not come within 30 s at ${page.url()}: loading it again`);
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 60_000 });
    await username.waitFor({ timeout: 60_000 });
  }
  await username.fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('#kc-login').click();
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: FLAGS, headless: true });
}

/** Where screenshots go: target/screenshots, or docs/screenshots when PORTAL_SCREENSHOTS names it. */
export function screenshotDir(): string {
  const dir = process.env.PORTAL_SCREENSHOTS || join(process.cwd(), '..', 'target', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical findings on the page as it is now (none is the goal). */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: String(v.impact),
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}
