// No two modules import each other, directly or round a loop: type imports and lazy import()s
// count too (a type-level cycle is still a cycle in the design). Read with TypeScript's own
// import scanner; eslint-plugin-import-x's no-cycle would need a native resolver package.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FOLDERS = ['src', 'flows', 'scripts'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function resolveImport(from: string, specifier: string, known: Set<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((candidate) => known.has(candidate)) ?? null;
}

/** Each file's imports of other files in the project (static, type-only and import()). */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = importedFiles
        .map(({ fileName }) => resolveImport(file, fileName, known))
        .filter((target): target is string => target !== null);
      return [file, targets];
    }),
  );
}

/** The strongly connected groups of more than one module (Tarjan), and modules importing themselves. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || graph.get(node)?.includes(node)) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('the import graph', () => {
  it('finds a loop when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('reads type imports and lazy imports as imports', () => {
    const graph = importGraph(FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder))));
    const app = (file: string) => join(ROOT, 'src', 'app', file);
    // opening.ts imports guide-state.ts for a type only; ToolScreens.tsx only with import().
    expect(graph.get(app('opening.ts'))).toContain(app('guide-state.ts'));
    expect(graph.get(app('ToolScreens.tsx'))).toContain(app('EvidencePage.tsx'));
  });

  it('has no cycles in src/, flows/ or scripts/', () => {
    const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));
    expect(files.length).toBeGreaterThan(100);
    const loops = cycles(importGraph(files)).map((group) => group.map((f) => relative(ROOT, f)));
    expect(loops).toEqual([]);
  });
});
