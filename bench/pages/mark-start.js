// Deferred, just before the widget's bundle: marks when the bundle's turn to execute comes.
performance.mark('script-start');
