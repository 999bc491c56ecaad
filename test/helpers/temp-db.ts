// Real SQLite files in throwaway folders: each test gets its own database, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDir {
  dir: string;
  file(name: string): string;
  remove(): void;
}

export function tempDir(prefix = 'hearsay-test-'): TempDir {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, file: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
