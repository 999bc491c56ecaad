// Test-only: loads a fixture from this folder as bytes.
import { readFileSync } from 'node:fs';

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./${name}`, import.meta.url)));
}

export function fixtureText(name: string): string {
  return new TextDecoder().decode(fixture(name));
}
