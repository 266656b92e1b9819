import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { InputError } from '../core/errors.js';
import { displayPath } from '../core/bank/problems.js';
import type { Kind } from '../core/bank/types.js';
import { specOfKind } from '../core/kinds/specs.js';
import { t } from '../core/words/index.js';
import { settingsFrom, type GlobalArgs } from './globals.js';
import type { Output } from './output.js';
import { packSkeleton, questionSkeleton, SKELETON_SNIPPET } from './question-skeleton.js';

export interface NewArgs extends GlobalArgs {
  kind: Kind;
  topic: string;
}

const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * `focal questions new`: with `--pack DIR`, writes DIR/<id>.yaml (and pack.yaml, the topic
 * and a snippet when needed) without touching existing questions; otherwise prints the file.
 */
export function newQuestion(argv: NewArgs, output: Output): number {
  const { kind, topic } = argv;
  // A kind whose questions point at a snippet file gets an example snippet too.
  const withSnippet = specOfKind(kind).snippetOf !== undefined;
  if (!SLUG.test(topic)) throw new InputError({ key: 'error.topicSlug', params: { topic } });
  const dir = argv.pack?.[0];
  if (dir === undefined) {
    output.out(questionSkeleton(kind, topic, `${topic}-new-${kind}`, 'snippets/example.py'));
    if (withSnippet) output.err('focal: the question names snippets/example.py: use --pack DIR to write it too\n');
    return 0;
  }
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  addTopic(dir, topic, written);
  const id = freeId(dir, `${topic}-new-${kind}`);
  let snippet = 'snippets/example.py';
  if (withSnippet) {
    snippet = `snippets/${id}.py`;
    mkdirSync(join(dir, 'snippets'), { recursive: true });
    writeFileSync(join(dir, snippet), SKELETON_SNIPPET, { flag: 'wx' });
    written.push(join(dir, snippet));
  }
  const file = join(dir, `${id}.yaml`);
  writeFileSync(file, questionSkeleton(kind, topic, id, snippet), { flag: 'wx' });
  written.push(file);
  output.out(`${t(settingsFrom(argv).lang, 'questions.wrote', { files: written.map((path) => displayPath(resolve(path))).join(', '), dir })}\n`);
  return 0;
}

/** Creates pack.yaml, or adds the topic to it (its comments kept) when it is not there yet. */
function addTopic(dir: string, topic: string, written: string[]): void {
  const manifest = join(dir, 'pack.yaml');
  if (!existsSync(manifest)) {
    const id = basename(resolve(dir)).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'my-pack';
    writeFileSync(manifest, packSkeleton(id, topic), { flag: 'wx' });
    written.push(manifest);
    return;
  }
  const doc = parseDocument(readFileSync(manifest, 'utf8'));
  if (doc.errors.length > 0) throw new InputError({ key: 'error.cannotAddTopic', params: { reason: doc.errors[0]!.message.split('\n')[0]! } }, { file: manifest });
  if (doc.hasIn(['topics', topic])) return;
  doc.setIn(['topics', topic], doc.createNode({ en: topic, zh: topic }, { flow: true }));
  writeFileSync(manifest, doc.toString());
  written.push(manifest);
}

/** `base`, or `base-2`, `base-3`... whichever no file of the folder uses yet. */
function freeId(dir: string, base: string): string {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!existsSync(join(dir, `${id}.yaml`)) && !existsSync(join(dir, 'snippets', `${id}.py`))) return id;
  }
}
