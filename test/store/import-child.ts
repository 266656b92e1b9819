// Child process of import-batches.test.ts: imports an export file. Usage: import-child.ts DB FILE
import { importProgress, readExport } from '../../src/store/import.js';
import { SqliteProgressStore } from '../../src/store/progress-store.js';

const [path, file] = process.argv.slice(2);
const store = SqliteProgressStore.open(path!);
importProgress(store, readExport(file!));
store.close();
