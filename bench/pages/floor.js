// The floor: a minimal hand-written vanilla-DOM version of the widget's list, to compare
// the widget against. It fetches the same response, parses the JSON, sorts by the same
// default order (appointment wall clock, else submission instant, newest first; ties by
// id), and renders the same first page: heading, sort and status controls with Apply, the
// results summary, the same number of cards with the widget's card markup and formatting,
// and the pagination. Sort and filter take effect on Apply; paging re-renders the cards.
// What it leaves out: response validation, the date-range select, the live region, the
// help section, the flag and analytics. No framework, no shadow DOM, no innerHTML.
(() => {
  const PAGE_SIZE = 10;
  const LABELS = [
    'Saved', 'Incomplete', 'Claim submitted', 'In process', 'In manual review', 'On hold', 'Appealed',
    'Approved for payment', 'Submitted for payment', 'Claim paid', 'Partial payment', 'Denied',
    'Closed with no payment', 'Fiscal rescinded', 'Payment canceled', 'Closed',
  ];
  const norm = (s) => s.trim().replace(/\s+/g, ' ');
  const known = new Map(LABELS.map((l) => [l.toLowerCase(), l]));
  const labelOf = (raw) => known.get(norm(raw).toLowerCase()) ?? (norm(raw) || 'Unknown status');

  const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
  const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

  function heading(c) {
    const v = c.appointmentDateTime;
    if (!v) return 'Appointment information not available';
    const y = +v.slice(0, 4), mo = +v.slice(5, 7), d = +v.slice(8, 10), h = +v.slice(11, 13), mi = +v.slice(14, 16);
    const weekday = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
    const time = `${h % 12 === 0 ? 12 : h % 12}:${String(mi).padStart(2, '0')} ${h < 12 ? 'a.m.' : 'p.m.'}`;
    return `${weekday}, ${MONTHS[mo - 1]} ${d}, ${y} at ${time} appointment`;
  }

  const el = (tag, props, ...children) => {
    const node = document.createElement(tag);
    if (props) Object.assign(node, props);
    for (const child of children) if (child != null) node.append(child);
    return node;
  };

  function card(c) {
    const dl = el('dl', { className: 'details' });
    const detail = (term, value) => value != null && dl.append(el('dt', null, term), el('dd', null, value));
    detail('Where', c.facilityName || 'Facility information not available');
    detail('Claim number', c.claimNumber);
    detail('Submitted on', c.createdOn ? dateFormat.format(new Date(c.createdOn)) : null);
    detail('Updated on', c.modifiedOn ? dateFormat.format(new Date(c.modifiedOn)) : null);
    detail('Amount requested', c.totalCostRequested === undefined ? null : usd.format(c.totalCostRequested));
    detail('Amount reimbursed', c.reimbursementAmount === undefined ? null : usd.format(c.reimbursementAmount));
    return el(
      'li',
      { className: 'claim' },
      el('h3', null, heading(c)),
      el('p', { className: 'status' }, 'Claim status: ', el('strong', null, labelOf(c.claimStatus))),
      dl,
    );
  }

  function pageWindow(page, total, width = 5) {
    if (total <= width + 2) return Array.from({ length: total }, (_, i) => i + 1);
    const half = Math.floor(width / 2);
    let first = Math.max(2, page - half);
    const last = Math.min(total - 1, first + width - 1);
    first = Math.max(2, last - width + 1);
    const pages = [1];
    if (first > 2) pages.push(null);
    for (let p = first; p <= last; p++) pages.push(p);
    if (last < total - 1) pages.push(null);
    pages.push(total);
    return pages;
  }

  const container = document.getElementById('floor');
  let claims = [];
  let keys = [];
  let applied = { sort: 'newest', statuses: [] };
  let view = [];
  let page = 1;
  let sortSelect, statusBoxes, summary, list, nav;

  function computeView() {
    const wanted = new Set(applied.statuses);
    const idx = [];
    for (let i = 0; i < claims.length; i++) if (wanted.size === 0 || wanted.has(claims[i].label)) idx.push(i);
    const dir = applied.sort === 'newest' ? -1 : 1;
    idx.sort((a, b) => (keys[a] - keys[b]) * dir || claims[a].id.localeCompare(claims[b].id));
    view = idx.map((i) => claims[i]);
  }

  function renderPage() {
    const totalPages = Math.max(1, Math.ceil(view.length / PAGE_SIZE));
    page = Math.min(Math.max(1, page), totalPages);
    const start = (page - 1) * PAGE_SIZE;
    const end = Math.min(start + PAGE_SIZE, view.length);
    const noun = view.length === 1 ? 'claim' : 'claims';
    const filters = applied.statuses.length ? `, with ${applied.statuses.length} ${applied.statuses.length === 1 ? 'filter' : 'filters'} applied` : '';
    summary.textContent = `Showing ${start + 1} ‒ ${end} of ${view.length} ${noun} for the past 3 months, sorted by ${applied.sort === 'newest' ? 'newest' : 'oldest'} first${filters}`;
    list.replaceChildren(...view.slice(start, end).map(card));
    const button = (to, label, text) => {
      const b = el('button', { type: 'button', textContent: String(text) });
      b.setAttribute('aria-label', label);
      if (to === page) b.setAttribute('aria-current', 'page');
      b.addEventListener('click', () => {
        page = to;
        renderPage();
        summary.focus();
      });
      return el('li', null, b);
    };
    const items = [];
    if (page > 1) items.push(button(page - 1, `Previous page, page ${page - 1}`, 'Previous'));
    for (const p of pageWindow(page, totalPages)) {
      items.push(p === null ? el('li', null, el('span', { className: 'gap', textContent: '…' })) : button(p, `Page ${p} of ${totalPages}`, p));
    }
    if (page < totalPages) items.push(button(page + 1, `Next page, page ${page + 1}`, 'Next'));
    nav.replaceChildren(el('ul', null, ...items));
    nav.hidden = totalPages <= 1;
  }

  function render() {
    sortSelect = el('select', { id: 'sort' });
    for (const [value, text] of [['newest', 'newest first'], ['oldest', 'oldest first']]) {
      sortSelect.append(el('option', { value, textContent: `Appointment date (${text})` }));
    }
    const present = [...new Set(claims.map((c) => c.label))];
    const first = ['On hold', 'Denied', 'In manual review'];
    const rank = (l) => (first.indexOf(l) + 4) % 4;
    present.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en'));
    statusBoxes = present.map((label) => el('input', { type: 'checkbox', name: 'status', value: label }));
    const apply = el('button', { type: 'submit', textContent: 'Apply' });
    apply.setAttribute('part', 'apply');
    const form = el(
      'form',
      { className: 'controls' },
      el('div', null, el('label', { htmlFor: 'sort', textContent: 'Sort by' }), sortSelect),
      present.length > 1
        ? el('fieldset', null, el('legend', null, 'Status'), el('div', { className: 'checkboxes' }, ...statusBoxes.map((b) => el('label', null, b, b.value))))
        : null,
      el('div', { className: 'actions' }, apply),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      applied = { sort: sortSelect.value, statuses: statusBoxes.filter((b) => b.checked).map((b) => b.value) };
      page = 1;
      computeView();
      renderPage();
      summary.focus();
    });
    summary = el('p', { className: 'summary', tabIndex: -1 });
    list = el('ul', { className: 'claims' });
    nav = el('nav', { className: 'pagination' });
    nav.setAttribute('aria-label', 'Pagination');
    renderPage();
    container.replaceChildren(el('section', null, el('h2', null, 'Your travel reimbursement claims'), form, summary, list, nav));
  }

  const today = new Date();
  const ymd = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const from = new Date(today.getFullYear(), today.getMonth() - 3, today.getDate());
  const query = new URLSearchParams({ start_date: `${ymd(from)}T00:00:00`, end_date: `${ymd(today)}T23:59:59` });

  fetch(`${container.dataset.api}?${query}`, { credentials: 'include', headers: { Accept: 'application/json' } })
    .then((response) => response.json())
    .then((body) => {
      claims = body.data;
      keys = new Float64Array(claims.length);
      for (let i = 0; i < claims.length; i++) {
        const c = claims[i];
        c.label = labelOf(c.claimStatus);
        keys[i] = Date.parse(c.appointmentDateTime ?? c.createdOn);
      }
      computeView();
      render();
    });
})();
