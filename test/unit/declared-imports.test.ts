import { readFileSync, globSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { elementsIn, textOf } from '../../src/lib/html/html-tree.ts';
import { projectRoot } from '../helpers/project.ts';

/** One import of a package, read by TypeScript's own parser. */
interface BareImport {
  file: string;
  specifier: string;
  /** `import type` and `import('x').T`: needs the package's types, not the package at run time. */
  typeOnly: boolean;
}

function importsIn(file: string, code: string): BareImport[] {
  const found: BareImport[] = [];
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const add = (specifier: ts.Node | undefined, typeOnly: boolean) => {
    if (specifier && ts.isStringLiteralLike(specifier)) found.push({ file, specifier: specifier.text, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const namedAllTypes = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) && !clause.name && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly);
      add(node.moduleSpecifier, Boolean(clause?.isTypeOnly || namedAllTypes));
    } else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], false);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** An .astro file's code: its frontmatter, and the <script> elements of its template. */
function astroCode(text: string): string[] {
  const frontmatter = text.startsWith('---') ? text.slice(3, text.indexOf('\n---', 3)) : '';
  const template = frontmatter ? text.slice(text.indexOf('\n---', 3) + 4) : text;
  const scripts = [...elementsIn(parseFragment(template))].filter((element) => element.tagName === 'script').map(textOf);
  return [frontmatter, ...scripts];
}

/** The package an import names: "@scope/name" or "name", or undefined for files, built-ins and Astro's virtual modules. */
function packageOf(specifier: string): string | undefined {
  if (/^(\.|\/|node:|astro:|virtual:)/.test(specifier) || builtinModules.includes(specifier.split('/')[0])) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const typesPackage = (name: string) => `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

function bareImports(patterns: string[]): BareImport[] {
  const files = patterns.flatMap((pattern) => globSync(pattern, { cwd: projectRoot })).sort();
  return files.flatMap((file) => {
    const text = readFileSync(join(projectRoot, file), 'utf8');
    return (file.endsWith('.astro') ? astroCode(text) : [text]).flatMap((code) => importsIn(file, code));
  });
}

const missing = (imports: BareImport[], declared: (name: string, typeOnly: boolean) => boolean) =>
  imports.filter(({ specifier, typeOnly }) => {
    const name = packageOf(specifier);
    return name !== undefined && !declared(name, typeOnly);
  }).map(({ file, specifier }) => `${file}: ${specifier}`);

describe('package.json declares what the code imports', () => {
  const siteImports = bareImports(['src/**/*.{ts,mjs,js,astro}', 'astro.config.mjs']);
  const scriptImports = bareImports(['scripts/**/*.{ts,mjs,js}']);

  it('reads imports with the TypeScript parser, including type-only, re-exports, dynamic imports and .astro scripts', () => {
    const code = "import type { A } from 'only-types';\nimport { type B } from 'also-types';\nimport c from '@scope/pkg/deep';\nexport { d } from 'reexported';\nconst e = await import('dynamic');\n// import f from 'commented';\nconst g = \"import h from 'in-a-string'\";";
    expect(importsIn('x.ts', code).map(({ specifier, typeOnly }) => `${packageOf(specifier)} ${typeOnly}`)).toEqual(['only-types true', 'also-types true', '@scope/pkg false', 'reexported false', 'dynamic false']);
    expect(astroCode("---\nimport X from 'front';\n---\n<p>import Y from 'text';</p><script>import 'client';</script>").flatMap((part) => importsIn('x.astro', part)).map((item) => item.specifier)).toEqual(['front', 'client']);
    expect(siteImports.length).toBeGreaterThan(100);
  });

  it('has every package the site imports among the dependencies (its types may be devDependencies)', () => {
    expect(missing(siteImports, (name, typeOnly) => name in manifest.dependencies || (typeOnly && (name in manifest.devDependencies || typesPackage(name) in manifest.devDependencies)))).toEqual([]);
  });

  it('has every package the scripts import declared', () => {
    const all = { ...manifest.dependencies, ...manifest.devDependencies };
    expect(missing(scriptImports, (name) => name in all || typesPackage(name) in all)).toEqual([]);
  });
});
