// A host's Datadog RUM with the default settings, and the widget's beforeSend unless the
// page's URL says `?scrubber=off` (what a host that doesn't use it sends). Every batch
// goes to the test server's /intake (`proxy`).
var scrubber = new URLSearchParams(location.search).get('scrubber') !== 'off';
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
    beforeSend: scrubber ? window.travelPayStatusRum.beforeSend : undefined,
  });
});
