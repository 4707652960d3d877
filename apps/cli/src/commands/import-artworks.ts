import { setTimeout as sleep } from 'node:timers/promises';
import type { Schema } from '@artbridge/public-api';
import { EXIT, ExitCode, fileError } from '../cli-error';
import type { CommandContext } from '../context';
import { checkJsonLines, readInputFile, textOf, withCharset } from '../files';
import { formatImportSummary, ImportJobView, processedLines } from '../output/format';
import { printJson } from '../output/json';

export interface ImportArtworksOptions {
  /** How often the job's progress is read. */
  pollMs?: number;
  /** Rejected lines printed with their reasons. */
  maxErrors?: number;
  /** The file's encoding when not UTF-8, named in the Content-Type. */
  charset?: string;
  /** The job's final state as JSON instead of the summary. */
  json?: boolean;
}

/**
 * 0 when every line was imported (or had been before); 3 when some lines were rejected and the
 * rest imported; 1 when the job failed or nothing could be imported.
 */
export function importExitCode(job: ImportJobView): ExitCode {
  if (job.status === 'FAILED') return EXIT.FAILED;
  if (job.rejected === 0) return EXIT.OK;
  return job.imported + job.unchanged > 0 ? EXIT.REJECTED_LINES : EXIT.FAILED;
}

/**
 * `artbridge import artworks FILE`: JSON Lines (the Tate layout or the artwork attributes of
 * docs/API.md) to POST /catalog/imports, then the job followed to its end with a bar of lines
 * processed, then what was imported and the first rejected lines with their reasons (`--json`:
 * the job's final state, GET /catalog/imports/{id}, with the same exit code).
 */
export async function importArtworks(
  context: CommandContext,
  file: string,
  options: ImportArtworksOptions = {},
): Promise<ExitCode> {
  // a wrong --charset is a usage error (2), said before the file is even read
  const contentType = withCharset('application/x-ndjson', options.charset);
  const bytes = await readInputFile(file);
  checkJsonLines(file, textOf(file, bytes, 'JSON Lines, one artwork a line'));
  const client = await context.signIn();

  const upload = context.progress.bar('upload', bytes.length, 'bytes');
  const { id } = await context
    .calling(
      () =>
        client.upload<Schema<'catalog.ImportStartedResponse'>>(
          '/catalog/imports',
          bytes,
          contentType,
          {
            onProgress: (sent) => upload.update(sent),
          },
        ),
      { file, suggestCharset: options.charset === undefined },
    )
    .finally(() => upload.stop());

  const bar = context.progress.bar('import', 0, 'lines');
  let job: ImportJobView;
  try {
    for (;;) {
      job = await context.calling(() => client.get<ImportJobView>(`/catalog/imports/${id}`));
      bar.update(processedLines(job), Math.max(job.total, processedLines(job)));
      if (job.status === 'COMPLETED' || job.status === 'FAILED') break;
      await sleep(options.pollMs ?? 300);
    }
  } finally {
    bar.stop();
  }

  if (options.json) printJson(context.io, job);
  else context.io.stdout(formatImportSummary(file, job, options.maxErrors));
  const code = importExitCode(job);
  if (job.status === 'FAILED')
    throw fileError(file, `the import stopped: ${job.failure ?? 'no reason given'}`);
  if (code === EXIT.FAILED)
    throw fileError(file, `nothing imported: every one of its ${job.rejected} lines was rejected`);
  return code;
}
