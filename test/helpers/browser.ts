// Debian's Chromium driven by playwright-core, for the web end-to-end tests. No browser is downloaded:
// when /usr/bin/chromium is absent the tests skip with this reason (.ci/run installs it).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.HEARSAY_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_SKIP: string | false = existsSync(CHROMIUM_PATH)
  ? false
  : `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium; .ci/run installs it)`;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Screenshots go to the git-ignored screenshots/ folder at the repository root. */
export function screenshotPath(name: string): string {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
