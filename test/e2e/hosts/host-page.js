// The host page's own script: listens to the widget's events, to CSP violations and to
// unhandled promise rejections, and keeps running (a host that breaks would stop ticking).
window.__events = [];
window.__violations = [];
window.__rejections = [];
window.__ticks = 0;
window.addEventListener('unhandledrejection', (event) => window.__rejections.push(String(event.reason)));
for (const name of ['travel-pay-flag', 'travel-pay-view', 'travel-pay-api', 'travel-pay-link-click', 'travel-pay-unfiled', 'travel-pay-file']) {
  document.addEventListener(name, (event) => window.__events.push({ name, detail: event.detail }));
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
setInterval(() => window.__ticks++, 50);
