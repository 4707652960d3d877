/**
 * `npm run openapi:metadata`: writes apps/<app>/src/openapi-metadata.ts for every HTTP app (and
 * one file for the models of the libraries, libs/platform/service/src/lib/openapi-metadata.ts), the
 * metadata @nestjs/swagger's CLI plugin derives from the code (property types, optionality,
 * class-validator constraints, JSDoc comments as descriptions; controllers' parameter and
 * return types). The apps run through SWC, which runs no TypeScript plugin, so the metadata is
 * generated ahead of time with the plugin's own ReadonlyVisitor and loaded at start-up
 * (SwaggerModule.loadPluginMetadata, in startService). This is what @nestjs/cli's
 * PluginMetadataGenerator does (a program, the visitor over its files, the result printed as
 * one module); @nestjs/cli itself is not a dependency here (webpack and the schematics for one
 * loop), so the loop and the printer are these few lines.
 *
 * It then rewrites the documents published from it (npm run openapi:document and
 * asyncapi:document). tools/openapi/openapi-metadata.spec.ts fails when a committed file is not
 * what this writes.
 */
import type * as SwaggerPlugin from '@nestjs/swagger/dist/plugin';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';

// The package exports its plugin as @nestjs/swagger/plugin, whose types are found only under
// moduleResolution node16 or later (this repository resolves as node10): typed from dist/plugin.
const { ReadonlyVisitor } = require('@nestjs/swagger/plugin') as typeof SwaggerPlugin;
type ReadonlyVisitor = SwaggerPlugin.ReadonlyVisitor;

const ROOT = resolve(__dirname, '../..');

/** The apps with an HTTP API, each documented at /docs-json (the gateway's own: sign-in). */
export const OPENAPI_APPS = ['catalog', 'customs', 'payments', 'logistics', 'gateway'] as const;
export type OpenApiApp = (typeof OPENAPI_APPS)[number];
/**
 * What one file describes: an app's own DTOs and controllers, or (`shared`) the models of the
 * libraries every app nests in its DTOs (the contracts, the page query), written once and
 * loaded by startService for every app instead of once in each app's file.
 */
export const OPENAPI_TARGETS = [...OPENAPI_APPS, 'shared'] as const;
export type OpenApiTarget = (typeof OPENAPI_TARGETS)[number];

/** The folder a target's file is written in, relative to the repository. */
const targetDir = (target: OpenApiTarget) =>
  target === 'shared' ? 'libs/platform/service/src/lib' : `apps/${target}/src`;

/** Where a target's metadata lives, relative to the repository. */
export const metadataFile = (target: OpenApiTarget) => `${targetDir(target)}/openapi-metadata.ts`;

/** The source files whose models and controllers a target's file holds. */
const describes = (target: OpenApiTarget, fileName: string) =>
  fileName.startsWith(join(ROOT, target === 'shared' ? 'libs' : `apps/${target}/src`) + sep);

export const REGENERATE_COMMAND = 'npm run openapi:metadata';

/**
 * The plugin's options. Models are the request DTOs (*.dto.ts), the message contracts they
 * nest (*.v1.ts), the shared page query and what routes answer (*.response.ts, the classes a
 * controller method's return type names); entities are left out (no route takes or returns one
 * as such).
 */
const PLUGIN_OPTIONS = {
  classValidatorShim: true,
  introspectComments: true,
  dtoFileNameSuffix: ['.dto.ts', '.v1.ts', 'page-query.ts', '.response.ts'],
  controllerFileNameSuffix: ['.controller.ts'],
};

/** Every .ts file an app starts from: its src, without tests, benchmarks and migrations. */
function entryFiles(app: OpenApiApp): string[] {
  const source = join(ROOT, 'apps', app, 'src');
  return ts.sys
    .readDirectory(source, ['.ts'], undefined, ['**/*'])
    .filter(
      (file) =>
        !/\.(spec|bench|int-spec)\.ts$/.test(file) &&
        !file.includes(`${sep}migrations${sep}`) &&
        !file.includes('/migrations/') &&
        !file.endsWith('openapi-metadata.ts') &&
        !file.includes('/testing/'),
    )
    .sort();
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(ROOT, 'tsconfig.base.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (config.error)
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return { ...parsed.options, noEmit: true };
}

/** The source of a target's openapi-metadata.ts, formatted as the repository formats. */
export async function generateOpenApiMetadata(target: OpenApiTarget): Promise<string> {
  const outputDir = join(ROOT, targetDir(target));
  // the shared file: the library files all the apps load
  const roots = (target === 'shared' ? OPENAPI_APPS : [target]).flatMap(entryFiles);
  const program = ts.createProgram({ rootNames: roots, options: compilerOptions() });
  const visitor = new ReadonlyVisitor({ ...PLUGIN_OPTIONS, pathToSource: outputDir });
  const ours = program
    .getSourceFiles()
    .filter((file) => !file.isDeclarationFile && describes(target, file.fileName))
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
  for (const file of ours) visitor.visit(program, file);
  const printed = print({ [visitor.key]: visitor.collect() }, visitor.typeImports);
  const header =
    `// Generated by \`${REGENERATE_COMMAND}\` (tools/openapi/openapi-metadata.ts) from the\n` +
    (target === 'shared'
      ? `// libraries' models the apps nest in their DTOs: do not edit. Loaded by startService.\n`
      : `// DTOs and controllers of this app: do not edit. Loaded by startService.\n`);
  // loaded here, not at the top: the spec imports the names above, and prettier loads itself by a
  // dynamic import that jest's module system does not take
  const prettier = await import('prettier');
  return prettier.format(header + printed, {
    ...(await prettier.resolveConfig(join(outputDir, 'openapi-metadata.ts'))),
    filepath: join(outputDir, 'openapi-metadata.ts'),
  });
}

type Collected = ReturnType<ReadonlyVisitor['collect']>;

/** `export default async () => { const t = {...}; return {...}; }`, as @nestjs/cli prints it. */
function print(metadata: Record<string, Collected>, typeImports: Record<string, string>): string {
  const f = ts.factory;
  const entries = (meta: Record<string, unknown>): ts.ObjectLiteralExpression =>
    f.createObjectLiteralExpression(
      Object.keys(meta).map((key) => property(key, meta[key])),
      true,
    );
  const property = (key: string, meta: unknown): ts.PropertyAssignment => {
    if (Array.isArray(meta)) {
      return f.createPropertyAssignment(
        f.createStringLiteral(key),
        f.createArrayLiteralExpression(
          (meta as [ts.CallExpression, Record<string, unknown>][]).map(([load, classes]) =>
            f.createArrayLiteralExpression([load, entries(classes)]),
          ),
          true,
        ),
      );
    }
    return f.createPropertyAssignment(
      f.createStringLiteral(key),
      ts.isObjectLiteralExpression(meta as ts.Node)
        ? (meta as ts.ObjectLiteralExpression)
        : entries(meta as Record<string, unknown>),
    );
  };
  const types = f.createVariableStatement(
    undefined,
    f.createVariableDeclarationList(
      [
        f.createVariableDeclaration(
          't',
          undefined,
          undefined,
          f.createObjectLiteralExpression(
            Object.keys(typeImports)
              .sort()
              .map((key) =>
                f.createPropertyAssignment(
                  f.createStringLiteral(key),
                  f.createIdentifier(typeImports[key]),
                ),
              ),
            true,
          ),
        ),
      ],
      ts.NodeFlags.Const,
    ),
  );
  const body = f.createBlock(
    [
      // none when no entry refers to a type by its import (noUnusedLocals)
      ...(Object.keys(typeImports).length ? [types] : []),
      f.createReturnStatement(entries(metadata as Record<string, unknown>)),
    ],
    true,
  );
  const exported = f.createExportAssignment(
    undefined,
    undefined,
    f.createArrowFunction(
      [f.createToken(ts.SyntaxKind.AsyncKeyword)],
      undefined,
      [],
      undefined,
      f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
      body,
    ),
  );
  const file = ts.createSourceFile('openapi-metadata.ts', '', ts.ScriptTarget.Latest);
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  return printer.printNode(ts.EmitHint.Unspecified, exported, file) + '\n';
}

/**
 * `openapi-metadata.ts [--out <dir>] [target...]`: every target's file, or the named ones'; with
 * --out, written as <dir>/<target>.ts instead of in place (the spec compares those).
 */
async function main(args: string[]): Promise<void> {
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  const named = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1)) as OpenApiTarget[];
  for (const target of named.length ? named : OPENAPI_TARGETS) {
    if (!OPENAPI_TARGETS.includes(target))
      throw new Error(`${target}: not one of ${OPENAPI_TARGETS.join(', ')}`);
    const file = out ? join(resolve(out), `${target}.ts`) : join(ROOT, metadataFile(target));
    writeFileSync(file, await generateOpenApiMetadata(target));
    if (!out) process.stdout.write(`wrote ${relative(ROOT, file)}\n`);
  }
  if (out) return;
  // the published documents are built from this metadata: rewritten with it, each generator in a
  // process of its own, which loads the files just written
  for (const generator of ['openapi-document.ts', 'asyncapi-document.ts'])
    execFileSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, generator)], {
      cwd: ROOT,
      stdio: 'inherit',
    });
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  });
}
