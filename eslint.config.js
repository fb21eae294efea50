// `npm run lint` (in CI): rules that keep src/ honest where types can't.
// - Regular expressions: none may backtrack super-linearly on a string from outside
//   (a header, a name, a reason), nor move super-linearly across it when searched
//   (eslint-plugin-regexp). Text from outside is cut before it is read; these keep the
//   reading itself linear. A regex that only ever sees the widget's own short strings
//   may say so in a disable comment with its reason.
// - Numeric attributes: no `type: Number` property declaration. Lit's Number converter
//   takes "0", "-1" and "abc" as given (0, -1, NaN); every number a host gives is read
//   through src/numeric-attributes.ts instead, which bounds it.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['**', '!src/', '!src/**', '!widgets/', '!widgets/**'] },
  {
    files: ['src/**/*.ts', 'widgets/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { regexp },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { ignoreSticky: false, ignorePartial: false }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='type'][value.name='Number']",
          message: 'A numeric attribute is read through src/numeric-attributes.ts (validated and clamped), not Lit’s Number converter.',
        },
      ],
    },
  },
);
