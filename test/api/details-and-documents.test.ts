import { expect } from '@open-wc/testing';
import { claimDetailsUrl, fetchClaimDetails } from '../../src/api/fetch-claim-details.js';
import { documentUrl, fetchDocument } from '../../src/api/fetch-document.js';
import { filenameFromContentDisposition } from '../../src/api/content-disposition.js';
import { safeFilename } from '../../src/claims/file-name.js';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const fakeFetch = (answer: () => Response | Promise<Response>) => {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer();
  }) as unknown as typeof fetch;
  return { fn, calls };
};
const CLAIM = { claimId: 'c-1', claimNumber: 'TC0000000000001', claimStatus: 'Denied' };

describe('fetchClaimDetails', () => {
  it('GETs /claims/{id} with the session cookie and reads the claim', async () => {
    const { fn, calls } = fakeFetch(() => json(CLAIM));
    const url = claimDetailsUrl('/travel_pay/v0/', 'c-1');
    expect(url).to.equal('/travel_pay/v0/claims/c-1');
    const result = await fetchClaimDetails(url, 'c-1', { signal: new AbortController().signal, fetch: fn });
    expect(result.outcome).to.equal('ok');
    expect(result.details!.claimNumber).to.equal('TC0000000000001');
    expect(calls[0].init.credentials).to.equal('include');
  });

  it('encodes the id into the path', () => {
    expect(claimDetailsUrl('https://api.va.gov/travel_pay/v0', '../x?y')).to.equal('https://api.va.gov/travel_pay/v0/claims/..%2Fx%3Fy');
  });

  const cases: [string, () => Response | Promise<Response>, string][] = [
    ['401', () => json({}, 401), 'unauthenticated'],
    ['403', () => json({}, 403), 'forbidden'],
    ['404', () => json({}, 404), 'not-found'],
    ['503', () => json({}, 503), 'unavailable'],
    ['400 VA900', () => json({ errors: [{ code: 'VA900', status: '400' }] }, 400), 'error'],
    ['500', () => json({}, 500), 'error'],
    ['network error', () => Promise.reject(new TypeError('Failed to fetch')), 'network-error'],
    ['not JSON', () => new Response('<html>', { status: 200 }), 'bad-response'],
    ['a list instead of a claim', () => json({ data: [CLAIM] }), 'bad-response'],
    ['another claim', () => json({ ...CLAIM, claimId: 'c-2' }), 'bad-response'],
  ];
  for (const [name, answer, outcome] of cases) {
    it(`${name} is ${outcome}`, async () => {
      const result = await fetchClaimDetails('/c', 'c-1', { signal: new AbortController().signal, fetch: fakeFetch(answer).fn });
      expect(result.outcome).to.equal(outcome);
      expect(result.details).to.equal(null);
    });
  }

  it('times out after timeoutMs, and rejects when the caller aborts', async () => {
    const never = (async (_url: string, init: RequestInit) =>
      new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;
    const timedOut = await fetchClaimDetails('/c', 'c-1', { signal: new AbortController().signal, fetch: never, timeoutMs: 50 });
    expect(timedOut.outcome).to.equal('timeout');
    const controller = new AbortController();
    const pending = fetchClaimDetails('/c', 'c-1', { signal: controller.signal, fetch: never });
    controller.abort();
    let rejected = false;
    await pending.catch(() => (rejected = true));
    expect(rejected).to.equal(true);
  });
});

describe('fetchDocument', () => {
  it('GETs the file with the cookie and saves it under the server’s file name', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const { fn, calls } = fakeFetch(
      () => new Response(bytes, { headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="Decision Letter.pdf"' } }),
    );
    const url = documentUrl('/travel_pay/v0', 'c 1', 'd/2');
    expect(url).to.equal('/travel_pay/v0/claims/c%201/documents/d%2F2');
    const result = await fetchDocument(url, 'listed.pdf', { signal: new AbortController().signal, fetch: fn });
    expect(result.outcome).to.equal('ok');
    expect(result.value!.filename).to.equal('Decision Letter.pdf');
    expect(new Uint8Array(await result.value!.blob.arrayBuffer())).to.deep.equal(bytes);
    expect(calls[0].init.credentials).to.equal('include');
  });

  it('falls back to the listed name when the header is missing or unreadable', async () => {
    const { fn } = fakeFetch(() => new Response('x'));
    const result = await fetchDocument('/d', 'receipt/../parking.jpg', { signal: new AbortController().signal, fetch: fn });
    expect(result.value!.filename).to.equal('parking.jpg');
  });

  it('fails for any non-2xx and a network error', async () => {
    for (const answer of [() => new Response('', { status: 500 }), () => new Response('', { status: 404 }), () => Promise.reject(new TypeError('x'))]) {
      const result = await fetchDocument('/d', 'a.pdf', { signal: new AbortController().signal, fetch: fakeFetch(answer).fn });
      expect(result.outcome).to.not.equal('ok');
      expect(result.value).to.equal(undefined);
    }
  });

  it('reads Content-Disposition names: filename* first, quoted, plain, and made safe', () => {
    expect(filenameFromContentDisposition(`attachment; filename="a.pdf"; filename*=UTF-8''%E2%82%AC%20rates.pdf`)).to.equal('€ rates.pdf');
    expect(filenameFromContentDisposition('attachment; filename="Rejection \\"Letter\\".docx"')).to.equal('Rejection Letter.docx');
    expect(filenameFromContentDisposition('attachment; filename=receipt.jpg')).to.equal('receipt.jpg');
    expect(filenameFromContentDisposition(`attachment; filename*=UTF-8''%E0%A4%A; filename="ok.pdf"`)).to.equal('ok.pdf');
    expect(filenameFromContentDisposition('attachment; filename="../../etc/passwd"')).to.equal('passwd');
    expect(filenameFromContentDisposition('attachment; filename="...."')).to.equal(null);
    expect(filenameFromContentDisposition('inline')).to.equal(null);
    expect(filenameFromContentDisposition(null)).to.equal(null);
    expect(safeFilename('\u202Egpj.exe')).to.equal('gpj.exe');
    expect(safeFilename('a'.repeat(300))).to.have.length(200);
  });
});
