// Runs the real bin/hearsay in a child process, the way a user's shell would.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HEARSAY_BIN = fileURLToPath(new URL('../../bin/hearsay', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stderr split into non-empty lines. */
  errorLines: string[];
}

export interface CliRunOptions {
  cwd?: string;
  stdin?: string | Uint8Array;
  env?: NodeJS.ProcessEnv;
}

export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(HEARSAY_BIN, [...args], {
      cwd: options.cwd ?? tmpdir(),
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const errorLines = stderr.split('\n').filter((line) => line.trim() !== '');
      resolve({ code, stdout, stderr, errorLines });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

/** A fresh temporary folder and a function that removes it. */
export function tempDir(prefix = 'hearsay-cli-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
