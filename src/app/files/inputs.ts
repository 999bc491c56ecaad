// FILE arguments → a stream of inputs: `-`, files, and folders walked in sorted order, one entry at a time.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, type HearsayError } from '../../core/errors.js';
import { fsError } from './fs-errors.js';

export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm'];
/** What `hearsay ingest` also reads from folders: saved feeds. */
export const FEED_EXTENSIONS: readonly string[] = ['.xml', '.rss', '.atom', '.rdf', '.feed'];

export type Input = { path: string; kind: 'stdin' | 'file' } | { path: string; error: HearsayError };

function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    // Reported when the path is read as an input; here it only decides the output mode.
    return false;
  }
}

/** More than one article can come from these arguments (which switches --json to JSON Lines). */
export async function mayYieldSeveral(paths: readonly string[]): Promise<boolean> {
  if (paths.length !== 1) return true;
  const only = paths[0] ?? '-';
  return only !== '-' && (await isDirectory(only));
}

async function* walk(dir: string, extensions: readonly string[]): AsyncGenerator<Input> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { path: dir, error: fsError(dir, error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Hidden files (.git, editor swap files) and a folder's README describe the folder; they are not articles.
    if (entry.name.startsWith('.') || /^readme\./i.test(entry.name)) continue;
    const path = join(dir, entry.name);
    // Symbolic links to folders are not followed, so a link cycle cannot make the walk endless.
    if (entry.isDirectory()) yield* walk(path, extensions);
    else if ((entry.isFile() || entry.isSymbolicLink()) && hasExtension(entry.name, extensions))
      yield { path, kind: 'file' };
  }
}

async function* folder(dir: string, extensions: readonly string[]): AsyncGenerator<Input> {
  let found = false;
  for await (const input of walk(dir, extensions)) {
    found = true;
    yield input;
  }
  if (!found) {
    yield {
      path: dir,
      error: new InputError('ingest', dir, `no articles (${extensions.join(' ')}) in this folder`),
    };
  }
}

export async function* expandInputs(
  paths: readonly string[],
  extensions: readonly string[] = ARTICLE_EXTENSIONS,
): AsyncGenerator<Input> {
  for (const path of paths) {
    if (path === '-') {
      yield { path, kind: 'stdin' };
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (error) {
      yield { path, error: fsError(path, error) };
      continue;
    }
    if (isDir) yield* folder(path, extensions);
    else yield { path, kind: 'file' };
  }
}
