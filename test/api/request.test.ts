import { expect } from '@open-wc/testing';
import { apiGet } from '../../src/api/request.js';

// `onResponse` tells the widget the moment a response is in, before its body is read: from
// then on the widget does nothing else on the main thread (src/list/prepare-templates.ts).
describe('apiGet onResponse', () => {
  it('is called once, when the response is in and before its body is read', async () => {
    const steps: string[] = [];
    let finishBody!: () => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        finishBody = () => {
          steps.push('body complete');
          controller.enqueue(new TextEncoder().encode('{"data":[]}'));
          controller.close();
        };
      },
    });
    const fetch = async () => new Response(body, { status: 200 });
    const result = apiGet(
      'https://api.example/claims',
      { signal: new AbortController().signal, fetch, onResponse: () => steps.push('response') },
      async (response) => {
        setTimeout(finishBody);
        return { value: await response.json() };
      },
    );
    expect((await result).outcome).to.equal('ok');
    expect(steps).to.deep.equal(['response', 'body complete']);
  });

  it('is called for an error response too, and not when no response came', async () => {
    const calls: string[] = [];
    const signal = new AbortController().signal;
    const read = async () => ({ value: null });
    await apiGet('https://api.example/claims', { signal, fetch: async () => new Response('', { status: 503 }), onResponse: () => calls.push('503') }, read);
    await apiGet('https://api.example/claims', { signal, fetch: async () => Promise.reject(new TypeError('offline')), onResponse: () => calls.push('offline') }, read);
    expect(calls).to.deep.equal(['503']);
  });
});
