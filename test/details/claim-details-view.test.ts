import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { render } from 'lit';
import { parseClaimDetails, type ClaimDocument } from '../../src/claims/claim-details.js';
import { claimDetailsBody, type DetailsViewState, type DownloadState } from '../../src/details/claim-details-view.js';
import { detailsStyles } from '../../src/details/claim-details-view.styles.js';
import { styles } from '../../src/travel-pay-status.styles.js';

/** The details view alone: a template rendered into a shadow root with the widget's styles. */
async function renderView(body: Record<string, unknown>, state: Partial<Omit<DetailsViewState, 'details'>> = {}, handlers = { onCopy: () => {}, onDownload: (_: ClaimDocument) => {} }) {
  const host = await fixture<HTMLDivElement>(testHtml`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [styles.styleSheet!, detailsStyles.styleSheet!];
  const details = parseClaimDetails(body)!;
  const full: DetailsViewState = { details, today: { year: 2026, month: 11, day: 20 }, copy: 'idle', downloads: new Map(), level: 3, ...state };
  render(claimDetailsBody(full, handlers), root);
  return { root, details, text: () => root.textContent!.replace(/\s+/g, ' ') };
}

const BASE = {
  claimId: 'c1',
  claimNumber: 'TC0000000000042',
  claimStatus: 'Denied',
  appointmentDate: '2026-10-02T14:00:00.000Z',
  facilityName: 'Example VA Medical Center',
  totalCostRequested: 27.5,
  reimbursementAmount: 0,
  createdOn: '2026-10-03T15:12:40.120Z',
  modifiedOn: '2026-10-20T11:30:00.000Z',
};
const LETTER = { documentId: 'd1', filename: 'Decision Letter.pdf', mimetype: 'application/pdf' };
const FORM = { documentId: 'd2', filename: 'VA Form 10-0998 Your Rights to Appeal Our Decision.pdf', mimetype: 'application/pdf' };
const RECEIPT = { documentId: 'd3', filename: 'parking.png', mimetype: 'image/png' };

describe('claim details view (the template alone)', () => {
  it('shows the appointment as its wall clock, and says when there is none', async () => {
    expect((await renderView(BASE)).text()).to.match(/Appointment ?Friday, October 2, 2026 at 2:00 p\.m\./);
    expect((await renderView({ ...BASE, appointmentDate: null })).text()).to.include('Appointment information not available');
  });

  it('shows reimbursed only where the status makes it meaningful', async () => {
    expect((await renderView({ ...BASE, claimStatus: 'In process' })).text()).to.not.include('Amount reimbursed');
    expect((await renderView(BASE)).text()).to.match(/Amount reimbursed ?\$0(?!\.)/);
    const none = await renderView({ ...BASE, claimStatus: 'In process', totalCostRequested: undefined });
    expect(none.text()).to.not.include('Amounts');
  });

  it('lists expenses by type in words, an unknown type as sent, and a different submitted amount', async () => {
    const { root } = await renderView({
      ...BASE,
      expenses: [
        { expenseType: 'CommonCarrier', dateIncurred: '2026-10-02T14:00:00.000Z', costRequested: 10, costSubmitted: 10 },
        { expenseType: 'Ferry', costRequested: 7.25, costSubmitted: 5 },
      ],
    });
    const items = [...root.querySelectorAll('[part~="expenses"] > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items[0]).to.match(/^Bus, train, taxi or other public transportation Date ?October 2, 2026 Amount requested ?\$10$/);
    expect(items[1]).to.match(/^Ferry Amount requested ?\$7\.25 Amount submitted ?\$5$/);
  });

  it('links only the citations of a reason, from their digits, and keeps markup as text', async () => {
    const { root } = await renderView({ ...BASE, decisionLetterReason: '<b>No.</b> See javascript:alert(1) and 38 CFR 70.10.' });
    const reason = root.querySelector('[part~="decision-reason"]')!;
    expect(reason.querySelector('b')).to.equal(null);
    expect(reason.textContent).to.include('<b>No.</b> See javascript:alert(1) and');
    expect([...reason.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.ecfr.gov/current/title-38/section-70.10']);
  });

  it('groups documents, names each download, and ties letters to their file names', async () => {
    const { root } = await renderView({ ...BASE, documents: [RECEIPT, FORM, LETTER, { documentId: 'n', filename: 'note' }] });
    expect([...root.querySelectorAll('[part~="documents"]')].map((l) => (l as HTMLElement).dataset.kind)).to.deep.equal(['decision-letter', 'appeal-form', 'upload']);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[part~="download"]')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Download your decision letter', 'Download VA Form 10-0998', 'Download parking.png']);
    for (const button of buttons.slice(0, 2)) expect(root.getElementById(button.getAttribute('aria-describedby')!)!.textContent).to.match(/\.pdf\)$/);
    expect(root.textContent).to.not.include('note');
  });

  it('shows a download running and a download failed, each on its own document', async () => {
    const view = await renderView({ ...BASE, documents: [LETTER, RECEIPT] });
    const [letter, receipt] = view.details.documents;
    const downloads = new Map<ClaimDocument, DownloadState>([
      [letter, 'pending'],
      [receipt, 'failed'],
    ]);
    render(claimDetailsBody({ details: view.details, today: { year: 2026, month: 11, day: 20 }, copy: 'idle', downloads, level: 3 }, { onCopy: () => {}, onDownload: () => {} }), view.root);
    const [pending, failed] = [...view.root.querySelectorAll('.document')];
    expect(pending.querySelector('[part~="download"]')!.getAttribute('aria-disabled')).to.equal('true');
    expect(pending.querySelector('[part~="download"]')!.textContent!.trim()).to.equal('Downloading your decision letter…');
    expect(pending.querySelector('[part~="download-error"]')).to.equal(null);
    // Where else to get it: BTSSS, with the claim's number to find it by.
    expect(failed.querySelector('[part~="download-error"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'We couldn’t download this file. Try again to download parking.png You can also get it in the BTSSS portal (opens in a new tab): find claim TC0000000000042 and open its documents.',
    );
    await expect(view.root.host as HTMLElement).to.be.accessible();
  });

  it('asks the panel to download or copy, and says how to copy by hand when it couldn’t', async () => {
    const asked: string[] = [];
    const view = await renderView({ ...BASE, documents: [LETTER] }, { copy: 'selected' }, { onCopy: () => asked.push('copy'), onDownload: (d) => asked.push(d.filename) });
    view.root.querySelector<HTMLButtonElement>('[part~="download"]')!.click();
    view.root.querySelector<HTMLButtonElement>('[part~="copy"]')!.click();
    expect(asked).to.deep.equal(['Decision Letter.pdf', 'copy']);
    expect(view.root.querySelector('.copy-help')!.textContent).to.match(/selected\. To copy it, press Control and C/);
    expect((await renderView(BASE, { copy: 'copied' })).root.querySelector('[part~="copy"]')!.textContent!.trim()).to.equal('Copied');
  });

  it('says how to appeal in VA’s words: the form’s current title, sent to the address in the decision letter', async () => {
    const text = (await renderView({ ...BASE, documents: [LETTER, FORM] })).text();
    expect(text).to.include(
      'Fill out VA Form 10-0998 (Your Rights to Seek Further Review of Our Healthcare Benefits Decision), which is among your documents above, and send it to the address in your decision letter.',
    );
    expect(text).not.to.include('secure message');
  });

  it('is accessible with everything in it', async () => {
    const { root } = await renderView({
      ...BASE,
      claimStatus: 'Partial payment',
      reimbursementAmount: 20,
      decisionLetterReason: 'Parking isn’t covered. Authority 38 CFR 70.30(a)(4)',
      expenses: [{ expenseType: 'Mileage', costRequested: 20 }, { expenseType: 'Parking', costRequested: 7.5 }],
      documents: [LETTER, FORM, RECEIPT],
    });
    expect(root.querySelector('[part~="amounts-help"]')).to.exist;
    await expect(root.host as HTMLElement).to.be.accessible();
  });
});

describe('claim details view: server text, bounded and isolated as the cards show it', () => {
  it('a 100 kB decision reason doesn’t make the page thousands of pixels tall, even at 320 px', async () => {
    const reason = `${'The appointment could not be verified against your records. '.repeat(1700)} See 38 CFR 70.10.`;
    expect(reason.length).to.be.greaterThan(100_000);
    const { root } = await renderView({ ...BASE, decisionLetterReason: reason });
    (root.host as HTMLElement).style.width = '320px';
    const box = root.querySelector<HTMLElement>('[part~="decision-reason"] bdi')!;
    expect(box, 'the reason in a <bdi>').to.exist;
    expect(root.querySelector<HTMLElement>('[part~="decision-reason"]')!.getBoundingClientRect().height).to.be.below(400);
    // The cards' scroll box (the widget gives it keyboard focus when it scrolls: claim-card.test.ts), the whole reason there to read.
    expect(box.classList.contains('long-text')).to.equal(true);
    expect(box.scrollHeight, 'it scrolls').to.be.greaterThan(box.clientHeight);
    expect(box.textContent!.length).to.be.at.least(reason.length);
    expect(box.querySelector('a[href$="section-70.10"]'), 'its citation still links').to.exist;
  });

  it('a short reason stays as it is, isolated for bidirectional text', async () => {
    const { root } = await renderView({ ...BASE, decisionLetterReason: 'Mileage was claimed twice.' });
    const box = root.querySelector<HTMLElement>('[part~="decision-reason"] bdi')!;
    expect(box.textContent).to.equal('Mileage was claimed twice.');
    expect(box.hasAttribute('tabindex')).to.equal(false);
  });

  it('an upload named invoice\u202Efdp.exe shows as invoicefdp.exe, isolated, in its button', async () => {
    const upload = { documentId: 'd9', filename: 'invoice\u202Efdp.exe', mimetype: 'application/pdf' };
    const { root, details } = await renderView({ ...BASE, documents: [upload] });
    expect(details.documents[0].filename, 'the name shown and saved').to.equal('invoicefdp.exe');
    const button = root.querySelector<HTMLElement>('[part~="download"]')!;
    expect(button.textContent!.trim()).to.equal('Download invoicefdp.exe');
    expect(button.querySelector('bdi')?.textContent).to.equal('invoicefdp.exe');
  });

  it('a long upload name and a long facility name are bounded like the cards', async () => {
    const upload = { documentId: 'd9', filename: `${'receipt '.repeat(1000)}.pdf`, mimetype: 'application/pdf' };
    const { root, details } = await renderView({ ...BASE, facilityName: 'Medical Center '.repeat(500), documents: [upload] });
    expect([...details.documents[0].filename].length).to.be.at.most(200);
    expect(details.documents[0].filename.endsWith('.pdf')).to.equal(true);
    (root.host as HTMLElement).style.width = '320px';
    for (const bdi of root.querySelectorAll<HTMLElement>('dd bdi, [part~="download"] bdi')) {
      expect(bdi.getBoundingClientRect().height, bdi.textContent!.slice(0, 20)).to.be.below(200);
    }
  });

  it('the claim number is isolated too', async () => {
    const { root } = await renderView({ ...BASE, claimNumber: 'TC\u202E0000000042' });
    expect(root.querySelector('.claim-number bdi')).to.exist;
  });
});
