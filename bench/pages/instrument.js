// Bench instrumentation, loaded first (a classic, blocking script) by every bench page.
// It adds no work to the code under test beyond what it says:
// - window.fetch is wrapped: for a claims request it reads the whole body, builds an
//   identical Response from those bytes, marks `response-available` (every byte is in the
//   page, nothing parsed yet) and hands that Response to the caller. The widget and the floor both
//   call fetch, so both start from the same mark and both still pay for `response.json()`.
// - at that moment a MutationObserver starts watching the root (the widget's shadow root,
//   or the floor's div) for the first claim card. When it appears: `first-page-dom`; then
//   style and layout are flushed (a layout read), `first-page-layout`: the work is done;
//   then one animation frame and a task later, the frame that shows the cards has been
//   produced: `first-page-painted`.
// - long tasks (PerformanceObserver 'longtask') are recorded from the start.
// - `__bench.session()` drives the same controls, by the same selectors, in the widget and
//   the floor: sort, next page, status filter.
(() => {
  const bench = (window.__bench = {
    longtasks: [],
    responses: [],
    errors: [],
    firstPage: null,
  });
  // Settles when the first page has been painted: the harness awaits it instead of polling
  // the page (puppeteer's waitForFunction would run a requestAnimationFrame loop meanwhile).
  let firstPageDone;
  bench.firstPageDone = new Promise((resolve) => (firstPageDone = resolve));

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    bench.errors.push(`longtask observer: ${error}`);
  }
  window.addEventListener('error', (e) => bench.errors.push(String(e.message)));

  /** Resolves after the next frame has been produced: rAF runs before it, the task after. */
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  bench.painted = painted;

  /** The widget (the first one on the page), or the floor's container. */
  const host = () => document.querySelector('travel-pay-status') ?? document.getElementById('floor');
  const root = () => {
    const el = host();
    return el?.shadowRoot ?? el;
  };
  bench.host = host;
  bench.root = root;

  /** Flushes style and layout, as the frame would, so their cost lands before the mark. */
  const flushLayout = (r) => r.querySelector('.claim, .summary')?.getBoundingClientRect();

  function watchFirstPage() {
    bench.firstPage = new Promise((resolve) => {
      const target = root();
      const done = () => {
        performance.mark('first-page-dom');
        flushLayout(target);
        performance.mark('first-page-layout');
        painted().then(() => {
          performance.mark('first-page-painted');
          resolve();
          firstPageDone();
        });
      };
      if (target.querySelector('.claim')) return done();
      const observer = new MutationObserver(() => {
        if (!target.querySelector('.claim')) return;
        observer.disconnect();
        done();
      });
      observer.observe(target, { childList: true, subtree: true });
    });
  }

  const realFetch = window.fetch;
  window.fetch = async function benchFetch(input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const response = await realFetch.call(this, input, init);
    if (!new URL(url, location.href).pathname.endsWith('/claims')) return response;
    const body = await response.arrayBuffer();
    const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    const first = bench.responses.length === 0;
    const mark = performance.mark(first ? 'response-available' : `response-available-${bench.responses.length}`);
    bench.responses.push({ at: mark.startTime, bytes: body.byteLength, status: response.status });
    if (first) watchFirstPage();
    return copy;
  };

  /**
   * Runs `action` (one synchronous user action), waits for the DOM update (the widget's
   * `updateComplete`; the floor updates synchronously), flushes style and layout (`work`),
   * then waits for the next frame (`painted`). Marks `{name}:start` and `{name}:end`.
   */
  bench.interact = async (name, action, ready) => {
    const el = host();
    const r = root();
    const t0 = performance.mark(`${name}:start`).startTime;
    action(r);
    await el.updateComplete;
    // What the step renders in a task of its own (a disclosure's toggle event) is waited for.
    if (ready) await until(r, ready);
    flushLayout(r);
    const t1 = performance.now();
    await painted();
    const t2 = performance.mark(`${name}:end`).startTime;
    return { work: t1 - t0, painted: t2 - t0 };
  };

  const summary = () => root().querySelector('.summary')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  bench.summary = summary;

  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;

  /** Times of the first page, from `response-available`. */
  bench.firstPageTimings = async () => {
    await bench.firstPageDone;
    return {
      dom: at('first-page-dom') - at('response-available'),
      work: at('first-page-layout') - at('response-available'),
      painted: at('first-page-painted') - at('response-available'),
      cards: root().querySelectorAll('.claim').length,
      summary: summary(),
      bytes: bench.responses[0].bytes,
    };
  };

  /** Long tasks by the phase (`{ phase: [startMark, endMark] }`) they overlap; the rest is `load`. */
  bench.longTasksByPhase = async (marks) => {
    // Long tasks are reported after they end: give the observer time to deliver them.
    await painted();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const windows = Object.entries(marks).map(([phase, [a, b]]) => [phase, at(a), at(b)]);
    const out = { load: [] };
    for (const [phase] of windows) out[phase] = [];
    for (const t of bench.longtasks) {
      const hit = windows.find(([, a, b]) => t.start < b && t.start + t.duration > a);
      out[hit ? hit[0] : 'load'].push(t.duration);
    }
    return { longtasks: out, errors: bench.errors };
  };

  /** Settles when `selector` matches in `root` (a shadow root), watching its mutations. */
  const until = (root, selector) =>
    new Promise((resolve) => {
      if (root.querySelector(selector)) return resolve();
      const observer = new MutationObserver(() => {
        if (!root.querySelector(selector)) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(root, { childList: true, subtree: true });
    });

  // Host pages: when the element is defined (`defined`), the frame that first shows every
  // widget's loading state (`loading-frame`, in its requestAnimationFrame callback: that
  // frame's style, layout and paint follow in the same task), the first task after it
  // (`loading-painted`), and when every widget's claims have been painted
  // (`all-claims-painted`). Widgets are defined together, so their shadow roots exist then.
  let allClaimsDone;
  bench.allClaimsDone = new Promise((resolve) => (allClaimsDone = resolve));
  customElements.whenDefined('travel-pay-status').then(async () => {
    performance.mark('defined');
    const roots = [...document.querySelectorAll('travel-pay-status')].map((el) => el.shadowRoot);
    const loading = Promise.all(roots.map((r) => until(r, '[part="loading"], .claim')))
      .then(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.mark('loading-frame')))))
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(() => performance.mark('loading-painted'));
    await Promise.all(roots.map((r) => until(r, '.claim')));
    flushLayout(roots[roots.length - 1]);
    await painted();
    await loading;
    performance.mark('all-claims-painted');
    allClaimsDone();
  });

  /**
   * A host page's timeline, from the moment the widget's script tag starts to run (its turn
   * among the deferred scripts, and its bytes in) to every widget's claims painted; the
   * long tasks that start between that start and the frame that shows the loading state
   * (that frame's own task included: its style, layout and paint), and those that start
   * after that frame while the claims are on their way (before the response is in).
   */
  bench.hostTimings = async (bundle) => {
    await bench.allClaimsDone;
    await new Promise((resolve) => setTimeout(resolve, 20)); // long tasks are reported after they end
    const resources = performance.getEntriesByType('resource');
    const script = resources.find((r) => r.name.endsWith(`/widgets/${bundle}.js`));
    const claims = resources.find((r) => new URL(r.name).pathname.endsWith('/claims'));
    const scriptStart = Math.max(at('script-start'), script.responseEnd);
    const loadingPainted = at('loading-painted');
    const loadingFrame = at('loading-frame');
    const responseAt = at('response-available');
    const loadTasks = bench.longtasks.filter((t) => t.start + t.duration > scriptStart && t.start < loadingFrame).map((t) => t.duration);
    const waitTasks = bench.longtasks.filter((t) => t.start >= loadingFrame && t.start < responseAt).map((t) => t.duration);
    return {
      total: at('all-claims-painted') - scriptStart,
      defined: at('defined') - scriptStart,
      loading: loadingPainted - scriptStart,
      toRequest: claims.startTime - scriptStart,
      request: at('response-available') - claims.startTime,
      render: at('all-claims-painted') - at('response-available'),
      loadLongTasks: loadTasks,
      waitLongTasks: waitTasks,
      scriptStartAt: scriptStart,
      paintedAt: at('all-claims-painted'),
    };
  };

  /**
   * A floor host page's timeline (bench/pages/floor-host-*.html): from its script's start
   * (mark-start.js, deferred just before floor.js, or floor.js's last byte if later) to
   * the frame that shows the claims (`first-page-painted`: the floor fills every copy in
   * the same task), as `hostTimings` reads the widget's host pages.
   */
  bench.floorHostTimings = async () => {
    await bench.firstPageDone;
    const script = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/bench/pages/floor.js'));
    const scriptStart = Math.max(at('script-start'), script.responseEnd);
    const copies = document.querySelectorAll('#floor, [data-floor-copy]');
    return {
      total: at('first-page-painted') - scriptStart,
      scriptStartAt: scriptStart,
      paintedAt: at('first-page-painted'),
      showing: [...copies].filter((c) => c.querySelectorAll('.claim').length > 0).length,
    };
  };

  /** How many widgets show claims. */
  bench.widgetsWithClaims = () =>
    [...document.querySelectorAll('travel-pay-status')].filter((el) => el.shadowRoot?.querySelector('.claim')).length;

  /** The session's steps: open "Filter and sort", sort (a draft change, then Apply), next page, status filter (a draft change, then Apply). */
  const apply = (r) => r.querySelector('[part="apply"]').click();
  const nextButton = (r) => [...r.querySelectorAll('nav.pagination button')].find((b) => b.textContent.trim() === 'Next');
  const steps = {
    // "Filter and sort" opened: its controls are built when it first opens.
    'filters-open': (r) => r.querySelector('.filters > summary').click(),
    'sort-draft': (r) => {
      const select = r.querySelector('select#sort');
      select.value = 'oldest';
      select.dispatchEvent(new Event('change'));
    },
    sort: apply,
    page: (r) => nextButton(r).click(),
    'filter-draft': (r) => [...r.querySelectorAll('input[name="status"]')].find((b) => b.value === 'On hold').click(),
    filter: apply,
  };
  const READY = { 'filters-open': 'select#sort' };
  bench.step = (name) => bench.interact(name, steps[name], READY[name]);
  bench.hasNextPage = () => Boolean(nextButton(root()));

  /** The scripted session, every step timed. */
  bench.session = async () => {
    const out = {};
    out.filtersOpen = await bench.step('filters-open');
    out.sortDraft = await bench.step('sort-draft');
    out.sort = await bench.step('sort');
    out.sortSummary = summary();
    if (bench.hasNextPage()) {
      out.page = await bench.step('page');
      out.pageSummary = summary();
    }
    out.filterDraft = await bench.step('filter-draft');
    out.filter = await bench.step('filter');
    out.filterSummary = summary();
    out.cards = root().querySelectorAll('.claim').length;
    return out;
  };
})();
