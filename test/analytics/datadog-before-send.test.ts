import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createTravelPayBeforeSend, templateApiUrls, travelPayBeforeSend } from '../../src/analytics/datadog-before-send.js';

const API = 'https://api.va.gov/travel_pay/v0';
const CLAIM = '498d60a7-fe33-4ea8-80a6-80a27d9fc212';
const DOC = 'c2f0a9a4-5f43-4f7e-9a1e-2b8d2f3e7a11';

describe('Datadog RUM beforeSend for hosts: the widget’s request URLs as templates', () => {
  it('rewrites a claim’s details and a document to templates, and drops any query string', () => {
    expect(templateApiUrls(`${API}/claims/${CLAIM}`)).to.equal(`${API}/claims/:id`);
    expect(templateApiUrls(`${API}/claims/${CLAIM}/documents/${DOC}`)).to.equal(`${API}/claims/:id/documents/:id`);
    expect(templateApiUrls(`${API}/claims?start_date=2026-01-01T00:00:00.000Z&end_date=2026-03-31`)).to.equal(`${API}/claims`);
    expect(templateApiUrls(`${API}/claims/${CLAIM}?x=1#top`)).to.equal(`${API}/claims/:id`);
    expect(templateApiUrls(`/travel_pay/v0/claims/${encodeURIComponent('a b')}/documents/${DOC}/`)).to.equal('/travel_pay/v0/claims/:id/documents/:id/');
  });

  it('rewrites every such URL inside a text (an error’s message or stack), and nothing else', () => {
    const message = `Fetch error GET ${API}/claims/${CLAIM}/documents/${DOC} (status 500); see https://www.va.gov/claims/${CLAIM}`;
    expect(templateApiUrls(message)).to.equal(`Fetch error GET ${API}/claims/:id/documents/:id (status 500); see https://www.va.gov/claims/${CLAIM}`);
    expect(templateApiUrls('https://www.va.gov/my-health/travel-pay/claims?x=1')).to.equal('https://www.va.gov/my-health/travel-pay/claims?x=1');
    expect(templateApiUrls('')).to.equal('');
  });

  it('scrubs resource, error, action and view events in place, and keeps every event', () => {
    const resource = { type: 'resource', resource: { url: `${API}/claims/${CLAIM}/documents/${DOC}`, type: 'fetch' } };
    expect(travelPayBeforeSend(resource)).to.equal(true);
    expect(resource.resource.url).to.equal(`${API}/claims/:id/documents/:id`);
    const error = {
      type: 'error',
      error: { message: `Failed to fetch ${API}/claims/${CLAIM}`, stack: `at ${API}/claims/${CLAIM}?a=b`, resource: { url: `${API}/claims/${CLAIM}` } },
    };
    expect(travelPayBeforeSend(error, {})).to.equal(true);
    expect(JSON.stringify(error)).to.not.include(CLAIM);
    const view = { type: 'view', view: { url: 'https://www.va.gov/my-health/', referrer: `${API}/claims/${CLAIM}` } };
    travelPayBeforeSend(view);
    expect(view.view).to.deep.equal({ url: 'https://www.va.gov/my-health/', referrer: `${API}/claims/:id` });
    const action = { type: 'action', action: { target: { name: `GET ${API}/claims/${CLAIM}` } }, context: { href: `${API}/claims/${CLAIM}` } };
    travelPayBeforeSend(action);
    expect(JSON.stringify(action)).to.not.include(CLAIM);
  });

  it('with another api-base, that base’s URLs are templated too', () => {
    const beforeSend = createTravelPayBeforeSend({ apiBase: ['https://staging-api.example.gov/travel', '/tp'] });
    const event = { resource: { url: `https://staging-api.example.gov/travel/claims/${CLAIM}` }, other: `/tp/claims/${CLAIM}/documents/${DOC}?q` };
    expect(beforeSend(event)).to.equal(true);
    expect(event).to.deep.equal({ resource: { url: 'https://staging-api.example.gov/travel/claims/:id' }, other: '/tp/claims/:id/documents/:id' });
  });

  it('never throws, whatever the event', () => {
    fc.assert(
      fc.property(fc.anything(), (event) => {
        expect(travelPayBeforeSend(event as object)).to.equal(true);
      }),
      { numRuns: 300, seed: 32 },
    );
    const cyclic: Record<string, unknown> = { resource: { url: `${API}/claims/${CLAIM}` } };
    cyclic.self = cyclic;
    expect(travelPayBeforeSend(cyclic)).to.equal(true);
  });

  it('as a property: no id survives in any text holding the widget’s URLs', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9-]{6,36}$/);
    fc.assert(
      fc.property(id, id, fc.string(), fc.string(), (claim, doc, before, after) => {
        const text = `${before} ${API}/claims/${claim}/documents/${doc}?q=${claim} ${after}`;
        const scrubbed = templateApiUrls(text);
        expect(scrubbed).to.include(`${API}/claims/:id/documents/:id`);
        expect(scrubbed.replace(before, '').replace(after, '')).to.not.include(claim);
      }),
      { numRuns: 300, seed: 32 },
    );
  });

  it('takes linear time: a 200 kB text in milliseconds', () => {
    const text = `${API}/claims/`.repeat(200_000 / 30) + 'x'.repeat(1000);
    const start = performance.now();
    templateApiUrls(text);
    expect(performance.now() - start).to.be.below(50);
  });
});
