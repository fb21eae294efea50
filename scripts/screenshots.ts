/**
 * `npm run screenshots`: every state of the widget, as a designer reviews it, at a phone's
 * 375 px and a desktop's 1280 px, into screenshots/ (git-ignored). The states are the
 * stories (Storybook's static build, built first; each shot waits for its story's play
 * function to finish, so a story that opens a claim or the filters is shot open), then the
 * three demo host pages with the default scenario (Vite's dev server, VA's fonts, the clock
 * pinned as test/e2e/layout.e2e.ts pins it). Full-page PNGs, named
 * `<story id>--<width>.png` and `demo-<host>--<width>.png`.
 *
 * Options: `--reuse` shoots the Storybook build already in storybook-static/;
 * `--only <text>` shoots only the stories whose id contains it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startStaticServer } from '../test/e2e/server.js';
import { openDemo, pinPageClock, startDemoServer } from '../test/e2e/demo-server.js';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'screenshots');
const WIDTHS = [
  [375, 667],
  [1280, 800],
] as const;
const HOSTS = ['mhv', 'travel-reimbursement', 'claims-tool'];

const { values: options } = parseArgs({ options: { reuse: { type: 'boolean' }, only: { type: 'string' } } });

async function shootStories(browser: Browser): Promise<string[]> {
  if (!options.reuse) execFileSync('npm', ['run', 'build-storybook'], { cwd: ROOT, stdio: 'inherit' });
  const index = JSON.parse(readFileSync(join(ROOT, 'storybook-static/index.json'), 'utf8')) as {
    entries: Record<string, { id: string; type: string }>;
  };
  const ids = Object.values(index.entries)
    .filter((e) => e.type === 'story' && (!options.only || e.id.includes(options.only)))
    .map((e) => e.id);
  const { url, server } = await startStaticServer('storybook-static');
  const written: string[] = [];
  try {
    for (const id of ids) {
      for (const [width, height] of WIDTHS) {
        const page = await browser.newPage();
        await page.setViewport({ width, height });
        await page.goto(`${url}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
        const phase = await storyFinished(page);
        if (phase !== 'finished') console.warn(`${id} at ${width} px: the story ended ${phase}`);
        written.push(await shoot(page, `${id}--${width}.png`));
        await page.close();
      }
    }
  } finally {
    server.close();
  }
  return written;
}

/** Waits for the story's render and play function to end; returns how it ended. */
async function storyFinished(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const phase = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__
        ?.currentRender?.phase;
      return phase === 'finished' || phase === 'errored' || phase === 'aborted' ? phase : false;
    },
    { timeout: 30_000, polling: 100 },
  );
  return (await handle.jsonValue()) as string;
}

async function shootDemos(browser: Browser): Promise<string[]> {
  const { url, server } = await startDemoServer();
  const written: string[] = [];
  try {
    for (const host of HOSTS) {
      for (const [width, height] of WIDTHS) {
        const page = await browser.newPage();
        await page.setViewport({ width, height });
        await page.emulateTimezone('America/New_York');
        await pinPageClock(page, '2026-12-07T15:00:00Z');
        await openDemo(page, `${url}/demo/${host}.html`);
        written.push(await shoot(page, `demo-${host}--${width}.png`));
        await page.close();
      }
    }
  } finally {
    await server.close();
  }
  return written;
}

/** Chromium captures at most 16,384 pixels down: a taller page is shot down to there. */
const MAX_HEIGHT = 16_000;

async function shoot(page: Page, name: string): Promise<string> {
  const [width, height] = await page.evaluate(() =>
    document.fonts.ready
      .then(() => new Promise(requestAnimationFrame))
      .then(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]),
  );
  // What a designer should look at first: anything wider than the screen.
  if (width > page.viewport()!.width) console.warn(`${name}: ${width} px wide, wider than the screen`);
  const path = join(OUT, name) as `${string}.png`;
  if (height <= MAX_HEIGHT) await page.screenshot({ path, fullPage: true });
  else {
    await page.screenshot({ path, clip: { x: 0, y: 0, width: page.viewport()!.width, height: MAX_HEIGHT }, captureBeyondViewport: true });
    console.warn(`${name}: ${height} px tall, shot down to ${MAX_HEIGHT}`);
  }
  return name;
}

mkdirSync(OUT, { recursive: true });
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const written = [...(await shootStories(browser)), ...(options.only ? [] : await shootDemos(browser))];
  console.log(`${written.length} screenshots in screenshots/:\n${written.join('\n')}`);
} finally {
  await browser.close();
}
