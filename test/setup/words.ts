// The CLI loads the word catalog's later areas before a command runs (main, runHandler); code
// tested in-process without them says its words from the same, fully loaded, catalog.
import { loadWords } from '../../src/core/words/index.js';

await loadWords();
