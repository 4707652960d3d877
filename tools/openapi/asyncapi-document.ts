/**
 * `npm run asyncapi:document`: writes the AsyncAPI 3.0 document of the platform's messages (every
 * command and event of libs/contracts, on its channel, in its envelope) to
 * libs/contracts/asyncapi.json, for the people who write a service or a consumer of the bus,
 * with the services that take each message and those that send each command (each service's
 * main.ts prints them, `messages`).
 * The payloads' schemas come from the same swagger plugin metadata as the HTTP documents
 * (npm run openapi:metadata first, after changing a contract).
 *
 * tools/openapi/asyncapi-document.spec.ts fails when the committed file is not what this writes.
 */
import { asyncApiDocument, type ServiceMessageTypes } from '@artbridge/platform-service';
import { writeFileSync } from 'node:fs';
import { describeApp, SERVICES } from './describe-app';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

export const ASYNCAPI_FILE = 'libs/contracts/asyncapi.json';
export const REGENERATE_COMMAND = 'npm run asyncapi:document';

/** The document, formatted as the repository formats. */
export async function asyncApiFile(): Promise<string> {
  // loaded here, not at the top: prettier loads itself by a dynamic import (see the metadata)
  const prettier = await import('prettier');
  const services = (await Promise.all(
    SERVICES.map((service) => describeApp(service, 'messages')),
  )) as ({ service: string } & ServiceMessageTypes)[];
  const document = await asyncApiDocument(
    Object.fromEntries(
      services.map(({ service, consumes, sends }) => [service, { consumes, sends }]),
    ),
  );
  return prettier.format(JSON.stringify(document), {
    ...(await prettier.resolveConfig(join(ROOT, ASYNCAPI_FILE))),
    filepath: ASYNCAPI_FILE,
  });
}

async function main(args: string[]): Promise<void> {
  const outIndex = args.indexOf('--out');
  const file = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(ROOT, ASYNCAPI_FILE);
  writeFileSync(file, await asyncApiFile());
  process.stdout.write(`wrote ${file}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    process.stderr.write(`asyncapi:document: ${error.message}\n`);
    process.exit(1);
  });
}
