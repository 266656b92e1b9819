// The build's start-up shortcuts (an esbuild plugin): see the comments in scripts/shims/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const shims = {
  stringWidth: fileURLToPath(new URL('./shims/string-width.js', import.meta.url)),
  assert: fileURLToPath(new URL('./shims/assert.js', import.meta.url)),
  segmenter: fileURLToPath(new URL('./shims/segmenter.js', import.meta.url)),
  lazyRegExp: fileURLToPath(new URL('./shims/lazy-regexp.js', import.meta.url)),
};

/** Dependencies that create an Intl.Segmenter when they load (see scripts/shims/segmenter.js). */
const SEGMENTER_AT_LOAD = /node_modules\/(?:@alcalzone\/ansi-tokenize\/build\/tokenize|slice-ansi\/tokenize-ansi|string-width\/index)\.js$/;

/** A top-level `const name = /…\p{…}…/flags;`: a Unicode-property expression created at load. */
const PROPERTY_REGEXP_AT_LOAD = /^const (\w+) = \/(.*\\p\{.*)\/([dgimsuvy]*);$/gm;

/** yargs' command runner (see dropHelpCache). */
const YARGS_COMMAND = /node_modules\/yargs\/build\/lib\/command\.js$/;
const HELP_CACHE_CALL = 'yargs.getInternalMethods().getUsageInstance().cacheHelpMessage();';

/**
 * Right after starting a command's handler, yargs renders that command's whole --help text
 * and keeps it, for a help it would print if the handler failed later: about a tenth of
 * `focal`'s start-up before the first question, on the same thread. focal's handlers report
 * their own failures (main.ts's .fail and action.ts) and never print that help, so the call
 * goes; --help itself is rendered when asked, as before.
 */
function dropHelpCache(source, path) {
  if (source.split(HELP_CACHE_CALL).length !== 2) throw new Error(`${path} no longer caches the help message once as expected: update the start-up shim`);
  return source.replace(HELP_CACHE_CALL, '/* focal: help not pre-rendered (scripts/startup-shims.mjs) */');
}

/** Makes string-width's Unicode-property expressions lazy (scripts/shims/lazy-regexp.js). */
function lazyPropertyRegExps(source, path) {
  let replaced = 0;
  const lazy = source.replace(PROPERTY_REGEXP_AT_LOAD, (_line, name, pattern, flags) => {
    replaced++;
    return `const ${name} = new __FocalLazyRegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)});`;
  });
  if (!/^const rgiEmojiRegex = new __FocalLazyRegExp\(/m.test(lazy)) {
    throw new Error(`${path} no longer creates \\p{RGI_Emoji} at load as expected (${replaced} replaced): update the start-up shim`);
  }
  return `import { LazyRegExp as __FocalLazyRegExp } from ${JSON.stringify(shims.lazyRegExp)};\n${lazy}`;
}

export const startupShims = {
  name: 'startup-shims',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer === shims.stringWidth ? { path: require.resolve('string-width') } : { path: shims.stringWidth },
    );
    build.onResolve({ filter: /^assert$/ }, (args) =>
      args.importer.includes('/node_modules/yargs/') ? { path: shims.assert } : undefined,
    );
    build.onLoad({ filter: YARGS_COMMAND }, (args) => ({ contents: dropHelpCache(readFileSync(args.path, 'utf8'), args.path), loader: 'js' }));
    build.onLoad({ filter: SEGMENTER_AT_LOAD }, (args) => {
      let source = readFileSync(args.path, 'utf8');
      if (!source.includes('new Intl.Segmenter(')) throw new Error(`${args.path} no longer creates an Intl.Segmenter: update the start-up shim`);
      const shim = JSON.stringify(shims.segmenter);
      source = `import { LazySegmenter as __FocalLazySegmenter } from ${shim};\n${source.replaceAll('new Intl.Segmenter(', 'new __FocalLazySegmenter(')}`;
      if (args.path.endsWith('/string-width/index.js')) source = lazyPropertyRegExps(source, args.path);
      return { contents: source, loader: 'js' };
    });
  },
};
