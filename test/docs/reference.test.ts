import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * One source for the element's API: its JSDoc, compiled into custom-elements.json. This
 * keeps the reference (docs/reference.md) and the stylesheets' theming tokens honest
 * against it.
 */
describe('documentation', () => {
  let reference: string;
  let element: {
    attributes: { name: string }[];
    events: { name: string }[];
    slots: { name: string }[];
    cssParts: { name: string }[];
    cssProperties: { name: string }[];
  };
  before(async () => {
    reference = await (await fetch('/docs/reference.md')).text();
    const manifest = await (await fetch('/custom-elements.json')).json();
    element = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === 'travel-pay-status');
  });

  it('the reference names every attribute, event, slot, part and CSS custom property of the manifest', () => {
    const names = [
      ...element.attributes,
      ...element.events,
      ...element.slots,
      ...element.cssParts,
      ...element.cssProperties,
    ].map((x) => x.name);
    expect(names.length).to.be.greaterThan(60);
    expect(names.filter((name) => !reference.includes(`\`${name}\``))).to.deep.equal([]);
  });

  it('the README names every Trusted Types policy the widget creates, for a host’s trusted-types directive', async () => {
    // Lit's (the production build hosts get, and the development build tests run) and any of src/.
    const sources = (await executeServerCommand('source-files', { suffix: '.ts' })) as string[];
    const files = ['/node_modules/lit-html/lit-html.js', '/node_modules/lit-html/development/lit-html.js', ...sources.map((f) => `/${f}`)];
    const texts = await Promise.all(files.map(async (file) => (await fetch(file)).text()));
    const policies = [...new Set(texts.flatMap((text) => [...text.matchAll(/createPolicy\(\s*["'`]([\w-]+)["'`]/g)].map((m) => m[1])))];
    expect(policies, 'policies found').to.include('lit-html');
    const readme = await (await fetch('/README.md')).text();
    const directive = /`trusted-types ([^`]+)`/.exec(readme);
    expect(directive, 'the README shows the trusted-types directive').to.not.equal(null);
    expect(policies.filter((name) => !directive![1].split(/\s+/).includes(name))).to.deep.equal([]);
  });

  it('the stylesheets use exactly the CSS custom properties the element documents', async () => {
    // Every view's stylesheet, the pieces' included: each `*.styles.ts` under src/.
    const files = (await executeServerCommand('source-files', { suffix: '.styles.ts' })) as string[];
    expect(files).to.include.members(['src/ui/base.styles.ts', 'src/list/filter-form.styles.ts', 'src/details/claim-details-view.styles.ts']);
    const styles = (await Promise.all(files.map(async (file) => (await fetch(`/${file}`)).text()))).join('\n');
    const used = [...new Set([...styles.matchAll(/var\((--travel-pay-[a-z0-9-]+)/g)].map((m) => m[1]))].sort();
    expect(used).to.deep.equal(element.cssProperties.map((p) => p.name).sort());
  });
});
