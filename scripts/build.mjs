// Bundles the CLI into dist/ so that start-up reads a handful of files instead of hundreds.
// Code splitting keeps heavy modules (mathjs, ink/react, the store) in chunks that are
// loaded only by the commands that need them, so `focal --help` never pays for them.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startupShims } from './startup-shims.mjs';

// Some bundled dependencies are CommonJS and call require(); give them one.
const BANNER = { js: "import { createRequire as __focalCreateRequire } from 'node:module'; const require = __focalCreateRequire(import.meta.url);" };

/**
 * esbuild writes the banner into every chunk, but only the chunk holding its require shim calls
 * require(): every other chunk would create a require it never uses (about a quarter of a
 * millisecond each, and about 17 chunks load with `focal --help`). The banner line is emptied
 * rather than removed, so the source maps' line numbers stay right.
 */
function dropUnusedBanners(dir) {
  for (const entry of readdirSync(dir, { recursive: true })) {
    if (!String(entry).endsWith('.js')) continue;
    const file = join(dir, String(entry));
    const [banner, ...body] = readFileSync(file, 'utf8').split('\n');
    if (banner !== BANNER.js) throw new Error(`${file} does not start with the require banner`);
    // An identifier `require` (not a property like `bank.require`) anywhere else keeps the banner.
    if (!/(?<![.\w$])require\b/.test(body.join('\n'))) writeFileSync(file, ['', ...body].join('\n'));
  }
}

/** Validates the bundled packs and compiles them into `outDir`/packs (scripts/compile-packs.ts). */
async function compilePacks(outDir) {
  const script = `${outDir}.compile-packs.mjs`;
  try {
    await build({ entryPoints: ['scripts/compile-packs.ts'], outfile: script, bundle: true, format: 'esm', platform: 'node', target: 'node20', banner: BANNER, logLevel: 'warning' });
    const run = spawnSync(process.execPath, [script, fileURLToPath(new URL('../questions', import.meta.url)), outDir], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error('the bundled packs did not compile (see above)');
  } finally {
    rmSync(script, { force: true });
  }
}

// Build into a private folder and swap it in, so a process reading dist/ meanwhile
// (a test, a second build) never sees it half-written or missing.
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const staging = `${dist}.build-${process.pid}`;
const retired = `${dist}.old-${process.pid}`;

try {
  await build({
    entryPoints: { focal: 'src/cli/main.ts' },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    // Native addon: must be resolved from node_modules at run time. react-devtools-core is
    // imported only by Ink's DEV=true debugging path and is not installed.
    external: ['better-sqlite3', 'react-devtools-core'],
    banner: BANNER,
    define: { 'process.env.NODE_ENV': '"production"' },
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    charset: 'utf8',
    minify: true,
    sourcemap: 'linked',
    plugins: [startupShims],
    logLevel: 'warning',
  });
  dropUnusedBanners(staging);
  await compilePacks(staging);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  throw error;
}

try {
  renameSync(dist, retired);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
renameSync(staging, dist);
rmSync(retired, { recursive: true, force: true });
