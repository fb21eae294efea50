// A host loading Datadog RUM the way Datadog's docs recommend: a stub window.DD_RUM with
// only `q` and an `onReady` that queues callbacks, and the SDK file added as an async
// script; when it arrives the SDK replaces the stub and runs `q` in order.
//
// The page requires Trusted Types, and the loader assigns `script.src` from a string: a
// default policy lets exactly the SDK's URL through and nothing else.
window.trustedTypes.createPolicy('default', {
  createScriptURL: function (url) {
    if (url === '/datadog/late/datadog-rum.js') return url;
    throw new TypeError('script URL refused by the host page policy: ' + url);
  },
});
(function (win, doc, src) {
  var stub = (win.DD_RUM = win.DD_RUM || {
    q: [],
    onReady: function (callback) {
      stub.q.push(callback);
    },
  });
  var script = doc.createElement('script');
  script.async = true;
  script.src = src;
  var first = doc.getElementsByTagName('script')[0];
  first.parentNode.insertBefore(script, first);
})(window, document, '/datadog/late/datadog-rum.js');
