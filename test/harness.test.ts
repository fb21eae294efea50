import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';

it('MSW intercepts fetch in the test browser', async () => {
  const worker = setupWorker(http.get('/probe', () => HttpResponse.json({ ok: 1 })));
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  const res = await fetch('/probe');
  expect(await res.json()).to.deep.equal({ ok: 1 });
  worker.stop();
});
