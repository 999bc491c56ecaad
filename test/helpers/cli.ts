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

export interface RunningCli {
  /** Resolves with the first match of `pattern` in stdout (rejects if the process exits first). */
  waitForStdout(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Sends the signal and resolves once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<CliRun>;
}

/** Starts bin/hearsay for a command that keeps running (serve, start), to be stopped with a signal. */
export function startCli(args: readonly string[], options: CliRunOptions = {}): RunningCli {
  const child = spawn(HEARSAY_BIN, [...args], {
    cwd: options.cwd ?? tmpdir(),
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const result = (code: number | null): CliRun => ({
    code,
    stdout,
    stderr,
    errorLines: stderr.split('\n').filter((line) => line.trim() !== ''),
  });
  return {
    waitForStdout: (pattern, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no ${pattern} in stdout after ${timeoutMs} ms; stderr: ${stderr}`));
        }, timeoutMs);
        const check = () => {
          const match = pattern.exec(stdout);
          if (match) {
            cleanup();
            resolve(match);
          }
        };
        const onExit = (code: number | null) => {
          cleanup();
          reject(new Error(`exited with ${code} before ${pattern}; stdout: ${stdout}; stderr: ${stderr}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          child.stdout.off('data', check);
          child.off('close', onExit);
        };
        child.stdout.on('data', check);
        child.on('close', onExit);
        check();
      }),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return result(await exited);
    },
  };
}
