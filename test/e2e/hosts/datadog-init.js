// The host's Datadog RUM setup, the same for the script-tag and the async-snippet pages:
// through onReady, so it runs at once when the SDK is already loaded and waits in the
// snippet's queue otherwise. Every batch goes to the test server's /intake (`proxy`).
// No setUser, no global context: the host adds nothing personal.
window.DD_RUM.onReady(function () {
  window.DD_RUM.init({
    applicationId: '00000000-0000-4000-8000-000000000000',
    clientToken: 'pub00000000000000000000000000000000',
    site: 'datadoghq.com',
    service: 'travel-pay-status-e2e',
    env: 'e2e',
    proxy: '/intake',
    sessionSampleRate: 100,
    sessionReplaySampleRate: 0,
  });
});
// Links clicked are reported by the widget, but the test page stays where it is.
document.addEventListener('click', function (event) {
  if (event.composedPath().some(function (node) { return node instanceof HTMLAnchorElement; })) event.preventDefault();
});
