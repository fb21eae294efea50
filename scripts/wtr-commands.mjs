// Test-runner commands the browser can call with `executeServerCommand`.

/** Emulates a browser time zone, to prove appointment times never shift with it. */
export function emulateTimezonePlugin() {
  return {
    name: 'emulate-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload?.timezoneId || undefined);
      return true;
    },
  };
}
