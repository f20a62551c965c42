// Every word a person reads comes from the translation files: a component with text of its own fails here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Attributes whose value a person reads or hears.
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

function componentFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'test' || entry.name === 'generated' ? [] : componentFiles(full);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [full] : [];
  });
}

/** Text in JSX, and string literals given to read attributes or placed as JSX children. */
function literalsIn(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : null;
      if (literal && hasWords(literal.text)) found.push(literal.text);
    }
    if (
      ts.isJsxExpression(node) &&
      node.parent &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      const expression = node.expression;
      if (expression && ts.isStringLiteralLike(expression) && hasWords(expression.text))
        found.push(expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((text) => `${path.relative(SRC, file)}: "${text}"`);
}

describe('components', () => {
  it('contain no text of their own', () => {
    const files = componentFiles(SRC);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(literalsIn)).toEqual([]);
  });

  it('are checked by a test that finds text when there is some', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepcom-literals-'));
    const sample = path.join(dir, 'Sample.tsx');
    fs.writeFileSync(
      sample,
      'export const A = () => <p title="Hello there">Hello <b>{"world wide"}</b> · 3</p>;\n',
    );
    try {
      expect(literalsIn(sample).map((line) => line.split(': ')[1])).toEqual([
        '"Hello there"',
        '"Hello"',
        '"world wide"',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });
});
