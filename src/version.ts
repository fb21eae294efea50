/** The widget's package version, sent with every analytics event. test/version.test.ts keeps it equal to package.json. */
export const VERSION = '0.1.0';
