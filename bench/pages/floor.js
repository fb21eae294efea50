// The floor: a minimal hand-written vanilla-DOM version of the widget's list, to compare
// the widget against. It fetches the same response, parses the JSON, sorts by the same
// default order (appointment wall clock, else submission instant, newest first; ties by
// id), and renders the same first page: heading, sort and status controls with Apply, the
// results summary, the same number of cards with the widget's card markup and formatting
// (phase indicator, meaning, next step with its deadline and link, the amounts rule), the
// action summary, the controls inside a "Filter and sort" disclosure (built when it first
// opens, as the widget's are), the pagination and
// the help section (its status explanations closed). Sort and filter take effect on
// Apply; paging re-renders the cards. What it leaves out: response validation, the
// date-range select, the live region, the flag and analytics. No framework, no shadow
// DOM, no innerHTML.
(() => {
  const PAGE_SIZE = 10;
  const PORTAL = 'https://dvagov-btsss.dynamics365portals.us/';
  const OFFICE = 'https://www.va.gov/HEALTHBENEFITS/vtp/beneficiary_travel_pocs.asp';
  const APPEAL = 'https://www.va.gov/find-forms/about-form-10-0998/';
  const DEPOSIT = 'https://www.va.gov/resources/how-to-set-up-direct-deposit-for-va-travel-pay-reimbursement/';
  // label: [phase 0-3, meaning, next step ('file' | 'complete' | [text, link text, href] | null), reimbursed shown]
  const STATUSES = {
    Saved: [0, 'You started this claim and saved it, but you haven’t submitted it yet.', 'file', false],
    Incomplete: [0, 'You submitted this claim without the expense information it needs, so we can’t process it.', 'complete', false],
    'Claim submitted': [1, 'You submitted this claim for a completed appointment. It’s waiting for review.', null, false],
    'In process': [1, 'We’re reviewing your claim.', null, false],
    'In manual review': [1, 'A travel clerk needs to review your claim by hand, for example because of receipts, mileage over the calculated limit, or eligibility we couldn’t confirm automatically. This takes longer.', null, false],
    'On hold': [1, 'We need more information to process your claim.', ['A travel clerk will contact you, or you can contact your facility’s travel office.', 'Find your facility’s travel office', OFFICE], false],
    Appealed: [1, 'You appealed a denied claim. A travel clerk is reviewing your appeal.', null, false],
    Pending: [1, 'Your claim is waiting in our system to be reviewed.', null, false],
    'Pre approved for payment': [1, 'Your claim passed a first check. Final approval is still pending.', null, false],
    'Approved for payment': [2, 'We approved your claim. Your payment is pending.', ['You should get your payment within 10 business days. If you don’t, contact your facility’s travel office.', 'Find your facility’s travel office', OFFICE], false],
    'Approved for payment incomplete': [2, 'We approved your claim, but we can’t send the payment yet.', ['If your claim stays in this status, contact your facility’s travel office.', 'Find your facility’s travel office', OFFICE], false],
    'Submitted for payment': [2, 'We sent your approved payment to the Financial Services Center.', ['You should get your payment within 10 business days. If you don’t, contact your facility’s travel office.', 'Find your facility’s travel office', OFFICE], false],
    'Claim paid': [3, 'We sent your payment. For claims a caregiver filed, we sent it to the caregiver.', null, true],
    'Partial payment': [3, 'We could reimburse only some of your expenses. Your partial payment letter explains why.', ['If you disagree with this decision, you can appeal it with VA Form 10-0998. Your decision letter explains how.', 'Learn how to appeal with VA Form 10-0998', APPEAL], true],
    Denied: [2, 'Your claim wasn’t eligible, we couldn’t verify your care, or the appointment isn’t in VA’s scheduling system. Your decision letter explains why.', ['If you disagree with this decision, you can appeal it with VA Form 10-0998. Your decision letter explains how.', 'Learn how to appeal with VA Form 10-0998', APPEAL], true],
    'Closed with no payment': [2, 'There was nothing we could pay on this claim, for example because there were no costs.', ['If you disagree with this decision, you can appeal it with VA Form 10-0998. Your decision letter explains how.', 'Learn how to appeal with VA Form 10-0998', APPEAL], true],
    'Fiscal rescinded': [2, 'We approved your claim, but the Financial Services Center rejected the payment.', ['This can’t be appealed. Contact your facility’s travel office, and check your direct deposit for travel pay (it’s separate from your other VA benefits).', 'Set up direct deposit for travel pay', DEPOSIT], false],
    'Payment canceled': [2, 'Your bank couldn’t accept the payment.', ['Set up or fix your direct deposit for travel pay (it’s separate from your other VA benefits). Then file a new claim that names this claim’s number.', 'Set up direct deposit for travel pay', DEPOSIT], false],
    Closed: [2, 'Your claim is closed.', null, false],
    Unspecified: [1, 'Our system doesn’t have a status for this claim yet.', null, false],
  };
  const ALIASES = { appeal: 'Appealed', 'in progress': 'In process' };
  const UNKNOWN = [1, 'We don’t have a description of this status yet.', ['If you have questions about this status, call the BTSSS call center (TTY: 711).', 'Call 855-574-7292', 'tel:+18555747292'], false];
  const PHASES = ['Filed', 'In review', 'Decided', 'Paid'];
  const norm = (s) => s.trim().replace(/\s+/g, ' ');
  const known = new Map(Object.keys(STATUSES).map((l) => [l.toLowerCase(), l]));
  for (const [alias, label] of Object.entries(ALIASES)) known.set(alias, label);
  const labelOf = (raw) => known.get(norm(raw).toLowerCase()) ?? (norm(raw) || 'Unknown status');
  const needsAction = (label) => label === 'Saved' || label === 'Incomplete' || label === 'On hold';
  const todayParts = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(new Date())
    .reduce((o, p) => ((o[p.type] = +p.value), o), {});
  const todayMs = Date.UTC(todayParts.year, todayParts.month - 1, todayParts.day);
  function deadline(appointment) {
    const d = new Date(Date.UTC(+appointment.slice(0, 4), +appointment.slice(5, 7) - 1, +appointment.slice(8, 10) + 30));
    return { date: `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`, days: Math.round((d - todayMs) / 86400000) };
  }
  const link = (href, text, newTab) => {
    const a = el('a', { href, textContent: newTab ? `${text} (opens in a new tab)` : text });
    if (newTab) Object.assign(a, { target: '_blank', rel: 'noopener noreferrer' });
    return a;
  };
  function nextStep(label, c) {
    const step = (STATUSES[label] ?? UNKNOWN)[2];
    if (!step) return null;
    let text, note, a, lead = 'Next step:';
    if (step === 'file' || step === 'complete') {
      lead = 'Action needed:';
      const doing = step === 'file' ? 'Submit this claim' : 'Add the missing expense information';
      a = link(PORTAL, step === 'file' ? 'Submit your claim in the BTSSS portal' : 'Add the information in the BTSSS portal', true);
      if (!c.appointmentDateTime) text = `${doing} within 30 days of your appointment.`;
      else {
        const d = deadline(c.appointmentDateTime);
        if (d.days < 0) {
          lead = 'Deadline passed:';
          text = `The deadline to file was ${d.date}, 30 days after your appointment.`;
          note = 'Late claims are usually denied, but you can still file. Tell us why your claim is late when you submit it.';
        } else text = `${doing} by ${d.date}. ${d.days === 0 ? 'Today is the last day.' : d.days === 1 ? '1 day left.' : `${d.days} days left.`}`;
      }
    } else {
      if (label === 'On hold') lead = 'Action needed:';
      text = step[0];
      a = link(step[2], step[1], false);
      if (label === 'Denied') note = 'If your appeal succeeds and we pay you, this claim’s status will still say Denied.';
    }
    const box = el('div', { className: 'next-step' }, el('p', null, el('strong', null, lead), ` ${text}`));
    if (note) box.append(el('p', null, note));
    box.append(el('p', null, a));
    return box;
  }
  function phases(label) {
    const [phase] = STATUSES[label] ?? UNKNOWN;
    const notFiled = label === 'Saved' || label === 'Incomplete';
    const ol = el('ol', null, ...PHASES.map((p, i) => {
      const li = el('li', null, p);
      li.dataset.step = i < phase || (i === phase && phase === 3) ? 'done' : i === phase ? (notFiled ? 'todo' : 'current') : 'ahead';
      return li;
    }));
    ol.setAttribute('aria-hidden', 'true');
    const spoken = `Progress: step ${phase + 1} of 4, ${PHASES[phase]}${notFiled ? ', not finished yet' : ''}.`;
    return el('div', { className: 'phases' }, el('span', { className: 'visually-hidden' }, spoken), ol);
  }

  const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  // Counts and comparisons without Intl, as the widget does them (its first page makes no
  // Intl call); the date and currency formatters are built here, before any claim arrives.
  const grouped = (x) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
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
    const label = c.label;
    const [, meaning, , reimbursedShown] = STATUSES[label] ?? UNKNOWN;
    const dl = el('dl', { className: 'details' });
    const detail = (term, value) => value != null && dl.append(el('dt', null, term), el('dd', null, value));
    detail('Where', c.facilityName ? el('bdi', null, c.facilityName) : 'Facility information not available');
    detail('Claim number', el('bdi', null, c.claimNumber));
    detail(label === 'Saved' ? 'Started on' : 'Submitted on', c.createdOn ? dateFormat.format(new Date(c.createdOn)) : null);
    detail('Updated on', c.modifiedOn ? dateFormat.format(new Date(c.modifiedOn)) : null);
    detail('Amount requested', c.totalCostRequested === undefined ? null : usd.format(c.totalCostRequested));
    detail('Amount reimbursed', c.reimbursementAmount === undefined || !reimbursedShown ? null : usd.format(c.reimbursementAmount));
    return el(
      'li',
      { className: 'claim' },
      el('h3', null, heading(c)),
      el('p', { className: 'status' }, 'Claim status: ', el('strong', null, el('bdi', null, label))),
      phases(label),
      el('p', { className: 'meaning' }, meaning),
      nextStep(label, c),
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
    idx.sort((a, b) => (keys[a] - keys[b]) * dir || (claims[a].id < claims[b].id ? -1 : claims[a].id > claims[b].id ? 1 : 0));
    view = idx.map((i) => claims[i]);
  }

  function renderPage() {
    const totalPages = Math.max(1, Math.ceil(view.length / PAGE_SIZE));
    page = Math.min(Math.max(1, page), totalPages);
    const start = (page - 1) * PAGE_SIZE;
    const end = Math.min(start + PAGE_SIZE, view.length);
    const noun = view.length === 1 ? 'claim' : 'claims';
    const filters = applied.statuses.length ? `, with ${applied.statuses.length} ${applied.statuses.length === 1 ? 'filter' : 'filters'} applied` : '';
    const n = grouped;
    summary.textContent = `Showing ${n(start + 1)} ‒ ${n(end)} of ${n(view.length)} ${noun} for the past 3 months, sorted by ${applied.sort === 'newest' ? 'newest' : 'oldest'} first${filters}`;
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

  // The controls of "Filter and sort", built the first time it opens (as the widget does).
  function buildForm() {
    sortSelect = el('select', { id: 'sort' });
    for (const [value, text] of [['newest', 'newest first'], ['oldest', 'oldest first']]) {
      sortSelect.append(el('option', { value, textContent: `Appointment date (${text})` }));
    }
    const present = [...new Set(claims.map((c) => c.label))];
    const first = ['On hold', 'Denied', 'In manual review'];
    const rank = (l) => (first.indexOf(l) + 4) % 4;
    present.sort((a, b) => rank(a) - rank(b) || (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
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
    return form;
  }

  function render() {
    let attention = 0, overdue = 0, onHold = 0;
    for (const c of claims) {
      if (!needsAction(c.label)) continue;
      attention++;
      if (c.label === 'On hold') onHold++;
      else if (c.appointmentDateTime && deadline(c.appointmentDateTime).days < 0) overdue++;
    }
    const parts = [overdue ? `${overdue} past the filing deadline` : '', onHold ? `${onHold} on hold` : ''].filter(Boolean);
    const attentionBox = attention
      ? el('div', { className: 'attention' },
          el('p', null, el('strong', null, attention === 1 ? '1 claim needs your action' : `${grouped(attention)} claims need your action`), parts.length ? ` (${parts.join(', ')})` : ''),
          el('button', { type: 'button', className: 'secondary', textContent: attention === 1 ? 'Show only the claim that needs action' : `Show only the ${grouped(attention)} claims that need action` }))
      : null;
    summary = el('p', { className: 'summary', tabIndex: -1 });
    list = el('ul', { className: 'claims' });
    nav = el('nav', { className: 'pagination' });
    nav.setAttribute('aria-label', 'Pagination');
    renderPage();
    const filters = el('details', { className: 'filters' }, el('summary', null, 'Filter and sort'));
    filters.addEventListener('toggle', () => {
      if (filters.open && !sortSelect) filters.append(buildForm());
    });
    const help = el('section', { className: 'help' },
      el('h3', null, 'Need help?'),
      el('p', null, 'To file a new claim, add expenses or documents, or see more details, go to the ', link(PORTAL, 'Beneficiary Travel Self Service System (BTSSS) portal', true), '.'),
      el('p', null, 'Call the BTSSS call center at ', link('tel:+18555747292', '855-574-7292', false), ' (TTY: ', link('tel:711', '711', false), '). We’re here Monday through Friday, 8:00 a.m. to 8:00 p.m. ET.'),
      el('details', null, el('summary', null, 'What does my claim status mean?')));
    container.replaceChildren(el('section', null, el('h2', null, 'Your travel reimbursement claims'), attentionBox, filters, summary, list, nav, help));
    // A floor host page with several copies (bench/pages/floor-host-three.html): the same
    // first page, copied in the same task (the least work that shows it three times).
    for (const copy of document.querySelectorAll('[data-floor-copy]')) copy.replaceChildren(container.firstChild.cloneNode(true));
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
