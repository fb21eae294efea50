// `npm run analyze` writes custom-elements.json from the source's JSDoc and decorators.
export default {
  globs: ['src/travel-pay-status-element.ts'],
  outdir: '.',
  litelement: true,
};
