import { expect } from '@open-wc/testing';
import { importedUrl, piece, verifyPiecesWith } from '../../src/lazy/piece.js';

type Fixture = typeof import('./fixtures/piece-module.js');

describe('piece(): code loaded on demand', () => {
  it('loads once: concurrent and later callers share the one import', async () => {
    let calls = 0;
    const p = piece<{ n: number }>(() => {
      calls++;
      return Promise.resolve({ n: 1 });
    }, import.meta.url);
    expect(p.state.status).to.equal('idle');
    const [a, b] = await Promise.all([p.load(), p.load()]);
    expect(a).to.equal(b);
    expect(a).to.deep.include({ status: 'ready' });
    await p.load();
    expect(calls).to.equal(1);
  });

  it('is loading as soon as load() returns; a failure is a state, never a rejection', async () => {
    const p = piece<never>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')), import.meta.url);
    const settled = p.load();
    expect(p.state.status).to.equal('loading');
    const state = await settled;
    expect(state.status).to.equal('failed');
    expect(p.state).to.equal(state);
  });

  it('an importer that throws synchronously fails the same way', async () => {
    const p = piece<never>(() => {
      throw new Error('boom');
    }, import.meta.url);
    expect((await p.load()).status).to.equal('failed');
  });

  it('retries through a URL the module map has not seen (?retry=1), so a cached failure can’t stick', async () => {
    let first = true;
    // The first attempt fails as a network error would; the retry must not call the importer again.
    const importer = () => {
      if (!first) throw new Error('the retry went through the importer, not a fresh URL');
      first = false;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module')).then(() => import('./fixtures/piece-module.js'));
    };
    const p = piece<Fixture>(importer, import.meta.url);
    expect((await p.load()).status).to.equal('failed');
    const state = await p.load();
    expect(state.status).to.equal('ready');
    const url = new URL((state as { module: Fixture }).module.loadedFrom);
    expect(url.pathname).to.match(/\/test\/lazy\/fixtures\/piece-module\.(js|ts)$/);
    expect(url.searchParams.get('retry')).to.equal('1');
  });

  it('without a literal import() to read (a bundler’s own loader), a retry calls the importer again', async () => {
    let calls = 0;
    const p = piece<{ ok: true }>(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ ok: true as const })), import.meta.url);
    expect((await p.load()).status).to.equal('failed');
    expect((await p.load()).status).to.equal('ready');
    expect(calls).to.equal(2);
  });

  describe('checked by the script-tag loader (verifyPiecesWith)', () => {
    afterEach(() => verifyPiecesWith(undefined));

    it('checks the file’s URL before each attempt imports it, a retry’s with its query', async () => {
      const checked: (string | null)[] = [];
      verifyPiecesWith((url) => {
        // The dev server may name the fixture by its source (.ts).
        checked.push(url && `${url.pathname.split('/').pop()!.replace(/\.ts$/, '.js')}${url.search}`);
        return checked.length === 1 ? Promise.reject(new Error('refused')) : Promise.resolve();
      });
      let imports = 0;
      const p = piece<Fixture>(() => {
        imports++;
        return import('./fixtures/piece-module.js');
      }, import.meta.url);
      expect((await p.load()).status).to.equal('failed');
      expect(imports, 'a refused file is never imported').to.equal(0);
      expect((await p.load()).status).to.equal('ready');
      expect(checked).to.deep.equal(['piece-module.js', 'piece-module.js?retry=1']);
      expect(imports, 'the retry imports the checked URL, not through the importer').to.equal(0);
    });

    it('a piece whose URL can’t be read is handed over as null, and fails when the check refuses it', async () => {
      const checked: (URL | null)[] = [];
      verifyPiecesWith((url) => {
        checked.push(url);
        return url ? Promise.resolve() : Promise.reject(new TypeError('no URL to check'));
      });
      let imports = 0;
      const p = piece<{ ok: true }>(() => {
        imports++;
        return Promise.resolve({ ok: true as const });
      }, import.meta.url);
      expect((await p.load()).status).to.equal('failed');
      expect(checked).to.deep.equal([null]);
      expect(imports).to.equal(0);
    });

    it('without a check (bundler users’ builds), nothing changes', async () => {
      verifyPiecesWith(undefined);
      const p = piece<Fixture>(() => import('./fixtures/piece-module.js'), import.meta.url);
      expect((await p.load()).status).to.equal('ready');
    });
  });

  it('reads the chunk’s URL from an importer as bundlers write it', () => {
    const text = (source: string) => ({ toString: () => source }) as unknown as () => unknown;
    const base = 'https://cdn.example/travel-pay-status/core-1a2b3c4d.js';
    expect(importedUrl(text('()=>import(`./status-explanations-Cx9.js`)'), base)?.href).to.equal(
      'https://cdn.example/travel-pay-status/status-explanations-Cx9.js',
    );
    expect(importedUrl(text('() => import("./x.js")'), base)?.href).to.equal('https://cdn.example/travel-pay-status/x.js');
    expect(importedUrl(text("()=>__vitePreload(()=>import('./assets/x-9.js'),[])"), base)?.href).to.equal(
      'https://cdn.example/travel-pay-status/assets/x-9.js',
    );
    expect(importedUrl(text('() => __webpack_require__.e(12).then(__webpack_require__.bind(null, 7))'), base)).to.equal(null);
    expect(importedUrl(text('() => import(`./${name}.js`)'), base)).to.equal(null);
  });
});
