// Bundles the CLI into dist/ so that start-up reads a handful of files instead of hundreds.
// Code splitting keeps heavy modules (mathjs, ink/react, the store) in chunks that are
// loaded only by the commands that need them, so `focal --help` never pays for them.
import { build } from 'esbuild';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const shims = {
  stringWidth: fileURLToPath(new URL('./shims/string-width.js', import.meta.url)),
  assert: fileURLToPath(new URL('./shims/assert.js', import.meta.url)),
  segmenter: fileURLToPath(new URL('./shims/segmenter.js', import.meta.url)),
};

/** Dependencies that create an Intl.Segmenter when they load (see scripts/shims/segmenter.js). */
const SEGMENTER_AT_LOAD = /node_modules\/(?:@alcalzone\/ansi-tokenize\/build\/tokenize|slice-ansi\/tokenize-ansi|string-width\/index)\.js$/;

/** Start-up shortcuts: see the comments in scripts/shims/. */
const startupShims = {
  name: 'startup-shims',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer === shims.stringWidth ? { path: require.resolve('string-width') } : { path: shims.stringWidth },
    );
    build.onResolve({ filter: /^assert$/ }, (args) =>
      args.importer.includes('/node_modules/yargs/') ? { path: shims.assert } : undefined,
    );
    build.onLoad({ filter: SEGMENTER_AT_LOAD }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('new Intl.Segmenter(')) throw new Error(`${args.path} no longer creates an Intl.Segmenter: update the start-up shim`);
      const shim = JSON.stringify(shims.segmenter);
      return { contents: `import { LazySegmenter as __FocalLazySegmenter } from ${shim};\n${source.replaceAll('new Intl.Segmenter(', 'new __FocalLazySegmenter(')}`, loader: 'js' };
    });
  },
};

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
    // Some bundled dependencies are CommonJS and call require(); give them one.
    banner: {
      js: "import { createRequire as __focalCreateRequire } from 'node:module'; const require = __focalCreateRequire(import.meta.url);",
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    minify: true,
    sourcemap: 'linked',
    plugins: [startupShims],
    logLevel: 'warning',
  });
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
