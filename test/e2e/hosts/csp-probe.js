// Proves the host page's policy is in force: eval and a string into an HTML sink are refused.
window.__probe = {};
try {
  (0, eval)('1');
  window.__probe.eval = 'allowed';
} catch {
  window.__probe.eval = 'blocked';
}
try {
  document.createElement('div').innerHTML = '<b>x</b>';
  window.__probe.innerHTML = 'allowed';
} catch {
  window.__probe.innerHTML = 'blocked';
}
