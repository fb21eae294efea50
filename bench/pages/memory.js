// bench/memory.ts's cycles, run in the host page: mount a widget, bring it to the cycle's
// state, move it to the other parent, remove it. Waits poll with short timers and leave
// none behind.
(() => {
  const until = async (check, what) => {
    for (let t = 0; t < 2000; t++) {
      if (check()) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`no ${what}`);
  };

  window.__memory = {
    async cycle(i, variant, pendingKey) {
      const el = document.createElement('travel-pay-status');
      el.setAttribute('user-id', `memory-veteran-${i % 7}`);
      // Each kind asks its own path, so the server can tell whose requests it sees.
      el.setAttribute('api-base', variant === 'mid-fetch' ? '/slow/travel_pay/v0' : variant === 'flags pending' ? '/pending/travel_pay/v0' : '/travel_pay/v0');
      if (variant === 'flags pending') {
        el.setAttribute('flags-api-host', '/growthbook-slow');
        el.setAttribute('flags-client-key', pendingKey);
        el.setAttribute('flags-timeout', '10000');
      } else if (variant !== 'mid-fetch') {
        el.setAttribute('flags-api-host', '/growthbook');
        el.setAttribute('flags-client-key', 'sdk-memory');
      }
      document.getElementById('first').append(el);
      const root = () => el.shadowRoot;
      try {
        if (variant === 'settled' || variant === 'details open') await until(() => root()?.querySelector('.summary'), 'list');
        if (variant === 'mid-fetch') await until(() => root()?.querySelector('[part="loading"]'), 'loading state');
        if (variant === 'flags pending') await until(() => root()?.querySelector('[part="pending"]'), 'pending state');
        if (variant === 'details open') {
          root().querySelector('[part~="review-details"]').click();
          await until(() => root().querySelector('.claim-details .details-body, .claim-details [data-state]'), 'details');
        }
        document.getElementById('second').append(el);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      } finally {
        el.remove();
      }
    },
  };
})();
