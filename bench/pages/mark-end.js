// Deferred, just after the widget's bundle: marks when the bundle has executed.
performance.mark('script-end');
