#!/usr/bin/env node
// The published entry point: everything lives in the bundle built by `npm run build`.
import '../dist/focal.js';
