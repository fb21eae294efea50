// Web Test Runner's Chrome launcher, made to survive one harness race on a loaded machine.
//
// After a test file has reported its results, the launcher navigates its page to
// about:blank before reusing it. Puppeteer waits only 100 ms for Chromium to swap the main
// frame of a navigating page; on a busy machine the swap can come later, Puppeteer then
// drops the frame, and the navigation fails with "Navigating frame was detached". The
// tests of that file have all passed or failed already, yet the run ends with "Error while
// running tests" (it happened once in CI, after 318 passing tests). This launcher closes
// such a page instead and the next test file gets a new one. Any other error still fails
// the run, and a file whose page crashed mid-test still fails through its own missing
// results.
import { chromeLauncher } from '@web/test-runner-chrome';

const LEFT_A_DEAD_PAGE = /Navigating frame was detached|Attempted to use detached Frame|Target closed|Session closed/;

/** @param {Parameters<typeof chromeLauncher>[0]} args */
export function sturdyChromeLauncher(args) {
  const launcher = chromeLauncher(args);
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    try {
      return await stopSession(sessionId);
    } catch (error) {
      if (!LEFT_A_DEAD_PAGE.test(String(error?.message))) throw error;
      const page = launcher.activePages.get(sessionId);
      launcher.activePages.delete(sessionId);
      await page?.puppeteerPage.close().catch(() => undefined);
      console.warn(`[test runner] ${error.message} while leaving a finished test file's page; closed it, the next file gets a new page.`);
      return {};
    }
  };
  return launcher;
}
