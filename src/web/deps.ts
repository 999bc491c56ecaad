// What the web pages are given: the stages bound to one database.
import type { Hearsay } from '../app/index.js';

export interface WebDeps {
  hearsay: Hearsay;
}
