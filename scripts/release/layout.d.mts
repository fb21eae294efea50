// Types of layout.mjs, for the TypeScript that imports it (the end-to-end tests).
export const HOSTS: readonly ['mhv', 'travel-reimbursement', 'claims-tool'];
export type Host = (typeof HOSTS)[number];
export function parseVersion(version: string): { major: number; minor: number; patch: number; prerelease: string | null };
export function compareVersions(a: string, b: string): number;
export function releaseFolder(version: string): string;
export function majorFolder(version: string): string | null;
export function integrityOf(bytes: string | Uint8Array): string;
export function cacheControl(path: string): string;
export function scriptTag(options: { host: Host; folder: string; integrity: string; publicUrl: string }): string;
export function embedPage(options: { host: Host; version: string; folder: string; integrity: string; publicUrl: string }): string;
export function snippetOf(page: string): string;
