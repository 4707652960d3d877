import { EXIT, ExitCode, fileError } from '../cli-error';
import type { CommandContext } from '../context';
import { readInputFile, textOf, withCharset } from '../files';
import { formatFxSummary, FxImportView } from '../output/format';
import { printJson } from '../output/json';

/**
 * `artbridge import fx FILE`: an ECB reference-rate CSV (the daily eurofxref.csv or the history
 * eurofxref-hist.csv) to POST /payments/fx-rates; then the days, currencies and rates stored
 * (`--json`: the service's answer).
 */
export async function importFx(
  context: CommandContext,
  file: string,
  options: { charset?: string; json?: boolean } = {},
): Promise<ExitCode> {
  // a wrong --charset is a usage error (2), said before the file is even read
  const contentType = withCharset('text/csv', options.charset);
  const bytes = await readInputFile(file);
  const text = textOf(file, bytes, 'an ECB reference-rate CSV');
  if (text.trimStart().startsWith('<'))
    throw fileError(
      file,
      'an XML document: the ECB rates are taken in their CSV layout (eurofxref.csv, eurofxref-hist.csv)',
    );
  const client = await context.signIn();
  const upload = context.progress.bar('upload', bytes.length, 'bytes');
  const result = await context
    .calling(
      () =>
        client.upload<FxImportView>('/payments/fx-rates', bytes, contentType, {
          onProgress: (sent) => upload.update(sent),
        }),
      { file, suggestCharset: options.charset === undefined },
    )
    .finally(() => upload.stop());
  if (options.json) printJson(context.io, result);
  else context.io.stdout(formatFxSummary(file, result));
  return EXIT.OK;
}
