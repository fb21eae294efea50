// The host page's own script: listens to the widget's events and to CSP violations, and
// keeps running (a host that breaks would stop ticking).
window.__events = [];
window.__violations = [];
window.__ticks = 0;
for (const name of ['travel-pay-flag', 'travel-pay-view', 'travel-pay-api', 'travel-pay-link-click']) {
  document.addEventListener(name, (event) => window.__events.push({ name, detail: event.detail }));
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
setInterval(() => window.__ticks++, 50);
