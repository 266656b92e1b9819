import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { Problem } from './problems.js';
import { readPackText } from './safe-read.js';
import type { Said } from '../words/index.js';

/** Alias uses allowed per file: plenty for shared option lists, far below an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export type YamlPath = (string | number)[];

/** A parsed YAML file that can tell where a field path is written. */
export interface YamlFile {
  file: string;
  data: unknown;
  /** Line and column (1-based) of the node at `path`, or of its nearest written parent. */
  locate(path: YamlPath): { line?: number; column?: number };
}

/**
 * Reads and parses one YAML file. An unreadable file or a syntax error becomes a
 * problem with its line and column; the file is then unusable (`yaml` is null).
 */
export function readYamlFile(file: string): { yaml: YamlFile | null; problems: Problem[] } {
  const read = readPackText(file);
  if ('error' in read) {
    const reason = read.error.key === 'pack.read.noSuchFile' ? read.error : { key: 'pack.it', params: { reason: read.error } } satisfies Said;
    return { yaml: null, problems: [{ file, message: { key: 'pack.cannotReadFile', params: { reason } } }] };
  }
  const source = read.text;
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error): Problem => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return { file, line, column: col, message: { key: 'pack.yamlSyntax', params: { reason: firstLine(error.message) } } };
    });
    return { yaml: null, problems };
  }
  let data: unknown;
  try {
    // The yaml library stops expanding aliases past a limit ("billion laughs").
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { yaml: null, problems: [{ file, line: 1, column: 1, message: { key: 'pack.yamlAliases', params: { limit: MAX_ALIAS_COUNT, reason: firstLine(String((error as Error).message)) } } }] };
  }
  const yaml: YamlFile = { file, data, locate: (path) => locate(doc, lineCounter, path) };
  const proto = protoKeyPath(data, []);
  if (proto) return { yaml: null, problems: [{ file, ...yaml.locate(proto), message: { key: 'pack.protoKey' } }] };
  return { yaml, problems: [] };
}

/** The path of a `__proto__` key anywhere in the data (such a key would reach object prototypes). */
function protoKeyPath(value: unknown, path: YamlPath): YamlPath | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return [...path, key];
    const found = protoKeyPath((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}

function locate(doc: Document, lineCounter: LineCounter, path: YamlPath): { line?: number; column?: number } {
  for (let length = path.length; length >= 0; length--) {
    const node = doc.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return {};
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
