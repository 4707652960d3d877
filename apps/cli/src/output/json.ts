import type { CliIo } from '../context';

/**
 * `--json`: the answer as one JSON document on stdout, every field as the API sent it, for a
 * script to read; nothing else goes there (notes, bars and errors stay on stderr).
 */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
