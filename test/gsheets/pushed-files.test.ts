import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../core/index.js';
import { GSHEETS_DIST, pushOrder } from './apps-script-host.js';

const CLASP = fileURLToPath(new URL('../../node_modules/.bin/clasp', import.meta.url));
const CLASP_JSON = fileURLToPath(new URL('../../.clasp.json', import.meta.url));

function parseScript(
  file: string,
  text = readFileSync(GSHEETS_DIST + file, 'utf8'),
): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
}

/** Lists module syntax and class fields, which Apps Script rejects at push or at load. */
function forbiddenSyntax(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if (
      ts.isImportDeclaration(node) ||
      ts.isExportDeclaration(node) ||
      ts.isExportAssignment(node)
    ) {
      found.push(`module syntax at line ${line}`);
    }
    if (
      ts.canHaveModifiers(node) &&
      ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      found.push(`export modifier at line ${line}`);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      found.push(`dynamic import at line ${line}`);
    }
    if (ts.isMetaProperty(node)) found.push(`import.meta at line ${line}`);
    if (ts.isPropertyDeclaration(node)) found.push(`class field at line ${line}`);
    if (ts.isPrivateIdentifier(node)) found.push(`private name ${node.text} at line ${line}`);
    if (ts.isClassStaticBlockDeclaration(node)) found.push(`static block at line ${line}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function topLevelFunctions(source: ts.SourceFile): ts.FunctionDeclaration[] {
  return source.statements.filter(ts.isFunctionDeclaration);
}

describe('custom-functions.js', () => {
  const stubs = topLevelFunctions(parseScript('custom-functions.js'));
  const byName = new Map(stubs.map((stub) => [stub.name?.text, stub]));

  it('has a top-level stub per catalogue function', () => {
    expect([...byName.keys()].sort()).toEqual(catalogue.map((d) => d.name).sort());
  });

  it.each(catalogue.map((d) => [d.name, d] as const))(
    '%s stub carries its JSDoc',
    (name, definition) => {
      const stub = byName.get(name)!;
      const tags = ts.getJSDocTags(stub);
      const paramTags = tags.filter(ts.isJSDocParameterTag).map((tag) => tag.name.getText());
      const parameters = stub.parameters.map((parameter) => parameter.name.getText());

      expect(tags.some((tag) => tag.tagName.text === 'customfunction')).toBe(true);
      expect(paramTags).toEqual(parameters);
      expect(parameters).toEqual(definition.parameters.map((parameter) => parameter.name));
    },
  );

  it('states each description in the JSDoc', () => {
    for (const definition of catalogue) {
      const comment = ts.getJSDocCommentsAndTags(byName.get(definition.name)!)[0]!;
      expect(comment.getText()).toContain(definition.description.slice(0, 40));
    }
  });
});

describe('every pushed script file', () => {
  it('syntax check flags forbidden samples', () => {
    const sample = 'export const a = 1;\nclass B { #c = 1; static d = 2; }\nimport("e");';

    expect(forbiddenSyntax(parseScript('sample.js', sample))).toEqual([
      'export modifier at line 1',
      'class field at line 2',
      'private name #c at line 2',
      'class field at line 2',
      'dynamic import at line 3',
    ]);
  });

  it.each(pushOrder())('%s has no module syntax or class fields', (file) => {
    expect(forbiddenSyntax(parseScript(file))).toEqual([]);
  });

  it('parses as a classic script', () => {
    for (const file of pushOrder()) {
      const source = parseScript(file);
      const errors = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
      expect(
        errors.map((error) => error.messageText),
        file,
      ).toEqual([]);
    }
  });
});

describe('appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(GSHEETS_DIST + 'appsscript.json', 'utf8'));

  it('runs on V8 with explicit minimal scopes', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('has no addOns section', () => {
    expect(manifest).not.toHaveProperty('addOns');
  });
});

describe('sidebar.html', () => {
  const html = readFileSync(GSHEETS_DIST + 'sidebar.html', 'utf8');

  it('inlines its script and styles', () => {
    expect(html).toContain('google.script.run');
    expect(html).toMatch(/<style>[\s\S]*li\.error[\s\S]*<\/style>/);
    expect(html).not.toMatch(/<script[^>]*\bsrc=|<link[^>]*stylesheet/i);
  });
});

describe('clasp 3', () => {
  it('would push exactly the built files', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'cs-comp-clasp-'));
    try {
      cpSync(GSHEETS_DIST, path.join(project, 'dist/gsheets'), { recursive: true });
      const config = JSON.parse(readFileSync(CLASP_JSON, 'utf8'));
      writeFileSync(
        path.join(project, '.clasp.json'),
        JSON.stringify({ ...config, scriptId: 'offline-check' }),
      );

      const output = execFileSync(CLASP, ['status', '--json'], {
        cwd: project,
        env: { ...process.env, HOME: project },
        encoding: 'utf8',
      });

      const files = (JSON.parse(output) as { filesToPush: string[] }).filesToPush;
      const built = readdirSync(GSHEETS_DIST).map((file) => `dist/gsheets/${file}`);
      expect([...files].sort()).toEqual(built.sort());
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
