// `npm run lint:deps` (in CI): the layers of src/, kept by a machine.
//
//   conductor   src/travel-pay-status-element.ts and the entries (index, define, register,
//               travel-pay-status.styles): may import anything in src/
//   features    src/<feature>/ (list/, details/, help/, and every folder added beside
//               them): import the core, ui/ and their own folder, never another feature
//   ui          src/ui/ and src/latest-task.ts: shared view parts; never a feature
//   core        src/claims/, api/, flags/, analytics/, lazy/, entry-point.ts, version.ts,
//               numeric-attributes.ts:
//               DOM-free, import only the core
//
// No import cycles, type-only imports included. src/ imports nothing outside src/ but
// packages. A new folder under src/ is a feature unless it is added to CORE or UI here.
const CORE = '^src/(claims|api|flags|analytics|lazy)/|^src/(entry-point|version|numeric-attributes)\\.ts$';
const UI = '^src/ui/|^src/latest-task\\.ts$';
const SHARED_DIRS = 'claims|api|flags|analytics|lazy|ui';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, directly or round a circle.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment: 'The DOM-free core (claims, api, flags, analytics) imports only the core.',
      from: { path: CORE },
      to: { path: '^src/', pathNot: CORE },
    },
    {
      name: 'ui-imports-no-feature',
      severity: 'error',
      comment: 'Shared view parts (src/ui/) import the core and each other, never a feature or the element.',
      from: { path: UI },
      to: { path: '^src/', pathNot: `${CORE}|${UI}` },
    },
    {
      name: 'feature-imports-no-other-feature',
      severity: 'error',
      comment: 'A feature (src/list/, src/details/, …) never imports another: the element joins them.',
      from: { path: `^src/([^/]+)/`, pathNot: `^src/(${SHARED_DIRS})/` },
      to: { path: '^src/[^/]+/', pathNot: `^src/($1|${SHARED_DIRS})/` },
    },
    {
      name: 'feature-imports-no-conductor',
      severity: 'error',
      comment: 'A feature never imports the element or an entry: only the shared modules at the root of src/.',
      from: { path: `^src/([^/]+)/`, pathNot: `^src/(${SHARED_DIRS})/` },
      to: { path: '^src/[^/]+\\.ts$', pathNot: `${CORE}|${UI}` },
    },
    {
      name: 'src-stays-in-src',
      severity: 'error',
      comment: 'The shipped code imports nothing of the tests, mocks, scripts or build tooling.',
      from: { path: '^src/' },
      to: { pathNot: '^(src|node_modules)/', dependencyTypesNot: ['core'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a circle of types is still a circle to read.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
