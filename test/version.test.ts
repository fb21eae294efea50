import { expect } from '@open-wc/testing';
import { VERSION } from '../src/version.js';

it('reports the version package.json declares', async () => {
  const pkg = await (await fetch('/package.json')).json();
  expect(VERSION).to.equal(pkg.version);
});
