// Types of cdn.mjs, for the TypeScript that imports it (the tests).
export function pointMajor(root: string, version: string): void;
export function majorVersion(root: string, major: number | string): string | null;
export function releases(root: string): string[];
export function publish(dist: string, root: string): { version: string; added: boolean; major: string | null; previous: string | null };
export function rollback(root: string, major: number | string | undefined, to?: string): { major: string; from: string; to: string };
