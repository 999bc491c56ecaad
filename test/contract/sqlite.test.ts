// The ledger contract on SQLite files in a temporary folder.
import { openStore } from '../../src/db/index.js';
import { tempDir } from '../helpers/temp-db.js';
import { runLedgerContract } from './ledger.contract.js';

const dir = tempDir('hearsay-sqlite-');
let n = 0;

runLedgerContract({
  name: 'sqlite',
  open: () => openStore(dir.file(`ledger-${++n}.db`)),
  cleanup: async () => dir.remove(),
});
