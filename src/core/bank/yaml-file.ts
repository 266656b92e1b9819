import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { Problem } from './problems.js';

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
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    return { yaml: null, problems: [{ file, message: `cannot read the file: ${reason(error)}` }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error): Problem => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return { file, line, column: col, message: `YAML syntax error: ${firstLine(error.message)}` };
    });
    return { yaml: null, problems };
  }
  return { yaml: { file, data: doc.toJS(), locate: (path) => locate(doc, lineCounter, path) }, problems: [] };
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

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT') return 'no such file';
  return error instanceof Error ? error.message : String(error);
}
