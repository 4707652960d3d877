import type { Money } from '@artbridge/money';
import { PayloadValidationError } from '@artbridge/platform-messaging';
import {
  BadRequestException,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { artworkRuleViolations } from '../artworks/domain/artwork';
import {
  ArtworkToRegister,
  RegisterArtworkService,
  withCanonicalMaterials,
} from '../artworks/register-artwork.service';
import { retryTransientConflicts } from '../shared/transient-retry';
import { parseImportLine } from './domain/import-line';
import {
  ImportProgress,
  ImportProgressEvent,
  initialImportProgress,
  LineOutcome,
  reduceImportProgress,
} from './domain/import-progress';
import { ImportJobEntity } from './import-job.entity';
import type { ImportStartedResponse } from './import-job.response';

/** Lines stored per transaction: one multi-row insert of artworks, one of outbox messages. */
export const IMPORT_BATCH_LINES = 500;

/**
 * The value given to records that carry none (the Tate layout never does): zero, in pounds, so
 * that no one mistakes it for a valuation. The exporter sets the real value before a shipment.
 */
export const IMPORT_DEFAULT_VALUE: Money = { minor: 0n, currency: 'GBP' };

export const INTERRUPTED_BY_RESTART =
  'interrupted: the catalog service stopped while the import ran; upload the file again ' +
  '(lines already imported are counted as unchanged)';

/** Lines mapped and checked between two turns of the event loop (about a millisecond). */
const PREPARE_SLICE_LINES = 50;

interface NumberedLine {
  readonly line: number;
  readonly text: string;
}

/** A batch mapped and checked, not yet stored. */
interface PreparedBatch {
  readonly rejected: readonly LineOutcome[];
  readonly accepted: readonly { readonly line: number; readonly item: ArtworkToRegister }[];
}

/**
 * Bulk imports as jobs in the service process. `start` answers at once; the lines are then
 * mapped (parseImportLine), checked (artworkRuleViolations) and stored IMPORT_BATCH_LINES at a
 * time through RegisterArtworkService.registerAll, each batch in one transaction with the job's
 * progress, so the progress read at any moment matches what is stored. The next batch is mapped
 * and checked while one is being stored, in slices between the database's answers.
 *
 * The upload itself is kept in memory only. A job the service was running when it stopped
 * cannot be resumed, so it is marked FAILED (INTERRUPTED_BY_RESTART): at shutdown when the
 * service stops cleanly, and at the next start for a crash. Uploading the file again finishes
 * the work, since re-imported records count as unchanged. This assumes one catalog instance per
 * database: a second instance starting would fail the first one's running jobs.
 */
@Injectable()
export class ImportJobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ImportJobsService.name);
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registerArtwork: RegisterArtworkService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const [, interrupted] = (await this.dataSource.query(
      `UPDATE import_job SET status = 'FAILED', failure = $1, updated_at = now(), finished_at = now()
       WHERE status = 'RUNNING'`,
      [INTERRUPTED_BY_RESTART],
    )) as [unknown, number];
    if (interrupted > 0)
      this.logger.warn(`${interrupted} import job(s) interrupted by a restart marked FAILED`);
  }

  /** Lets each running job finish its batch, then marks it FAILED (see the class comment). */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  /** Creates the job and starts it in the background; 400 when the upload holds no line. */
  async start(exporterId: string, content: string): Promise<ImportStartedResponse> {
    const lines = numberedLines(content);
    if (lines.length === 0) {
      throw new BadRequestException([
        'the upload holds no records: send JSON Lines, one record a line',
      ]);
    }
    const id = uuidv7();
    const progress = reduceImportProgress(initialImportProgress(), {
      type: 'STARTED',
      totalLines: lines.length,
    });
    const now = new Date();
    await this.dataSource.getRepository(ImportJobEntity).insert({
      id,
      exporterId,
      ...progressColumns(progress),
      createdAt: now,
      updatedAt: now,
      finishedAt: null,
    });
    const job = this.run(id, exporterId, lines, progress).finally(() => this.running.delete(job));
    this.running.add(job);
    return { id };
  }

  /** The jobs `exporterId` started, newest first, a page of them, and how many there are. */
  async list(
    exporterId: string,
    window: { offset: number; limit: number },
  ): Promise<{ jobs: ImportJobEntity[]; total: number }> {
    const [jobs, total] = await this.dataSource.getRepository(ImportJobEntity).findAndCount({
      where: { exporterId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: window.offset,
      take: window.limit,
    });
    return { jobs, total };
  }

  /** The job, if `exporterId` started it. */
  find(id: string, exporterId: string): Promise<ImportJobEntity | null> {
    return this.dataSource.getRepository(ImportJobEntity).findOneBy({ id, exporterId });
  }

  private async run(
    id: string,
    exporterId: string,
    lines: readonly NumberedLine[],
    started: ImportProgress,
  ): Promise<void> {
    let progress = started;
    // the line that brought each source id in this upload: batches are prepared one after the other
    const sourceLines = new Map<string, number>();
    const prepare = (from: number) => {
      if (from >= lines.length) return undefined;
      const batch = this.prepareBatch(
        id,
        lines.slice(from, from + IMPORT_BATCH_LINES),
        sourceLines,
      );
      batch.catch(() => undefined); // awaited below: until then, a failure is not unhandled
      return batch;
    };
    let preparing: Promise<PreparedBatch> | undefined;
    try {
      await nextTurn(); // answer the request first
      let from = 0;
      preparing = prepare(from);
      while (preparing) {
        const prepared = await preparing;
        await nextTurn(); // let other requests in between batches
        if (this.stopping) throw new JobInterrupted();
        // The next batch is read while this one is stored: its slices run while the database works.
        from += IMPORT_BATCH_LINES;
        preparing = prepare(from);
        progress = await this.storeBatch(id, exporterId, prepared, progress);
      }
      await this.save(this.dataSource.manager, id, reduce(progress, { type: 'FINISHED' }));
    } catch (error) {
      await preparing?.catch(() => undefined); // settled, so nothing runs on after the job ends
      const reason =
        error instanceof JobInterrupted
          ? INTERRUPTED_BY_RESTART
          : `the import stopped: ${(error as Error).message}`;
      if (!(error instanceof JobInterrupted)) this.logger.error(`import ${id} failed`, error);
      await this.save(
        this.dataSource.manager,
        id,
        reduce(progress, { type: 'FAILED', reason }),
      ).catch((saveError: unknown) =>
        this.logger.error(`import ${id}: could not record its failure`, saveError),
      );
    }
  }

  /**
   * Maps and checks one batch (parseImportLine, artworkRuleViolations): the lines rejected, and
   * the artworks to store. The mappings keep a line within the contracts it will be published
   * in (the Tate one by the contracts' limits, tested against publishedContractProblems; the
   * native one by the contracts' own classes); checking each line against them here doubled the
   * import's CPU, so a refusal the mappings missed is caught when the batch is stored instead
   * (storeBatch, line by line: that line REJECTED, not the job FAILED). A line whose source id
   * an earlier line of the upload brought is rejected too (`sourceLines`, across batches): it
   * would be stored as nothing, and counted unchanged, while it may say something else. Pure
   * computation, done PREPARE_SLICE_LINES at a time with a turn of the event loop in between,
   * so that the batch being stored meanwhile is not held up. An error thrown while one line is
   * mapped or checked is that line's (a fault of the mapping for its data, logged), never the
   * database's: the line is rejected with it and the job goes on; only storing can fail the job.
   */
  private async prepareBatch(
    jobId: string,
    batch: readonly NumberedLine[],
    sourceLines: Map<string, number>,
  ): Promise<PreparedBatch> {
    const today = new Date();
    const rejected: LineOutcome[] = [];
    const accepted: { line: number; item: ArtworkToRegister }[] = [];
    for (let index = 0; index < batch.length; index++) {
      if (index > 0 && index % PREPARE_SLICE_LINES === 0) await nextTurn();
      const { line, text } = batch[index];
      let prepared: LinePrepared;
      try {
        prepared = prepareLine(text, line, today);
      } catch (error) {
        this.logger.error(`import ${jobId}: line ${line} could not be checked`, error);
        const reason = error instanceof Error ? error.message : String(error);
        const message = `could not be checked: ${reason}`;
        rejected.push({ outcome: 'REJECTED', line, message });
        continue;
      }
      if (!prepared.ok) {
        rejected.push({ outcome: 'REJECTED', line, message: prepared.message });
        continue;
      }
      const firstLine = sourceLines.get(prepared.item.sourceId);
      if (firstLine !== undefined) {
        const message = `sourceId ${prepared.item.sourceId} repeats line ${firstLine}`;
        rejected.push({ outcome: 'REJECTED', line, message });
      } else {
        sourceLines.set(prepared.item.sourceId, line);
        accepted.push({ line, item: prepared.item });
      }
    }
    return { rejected, accepted };
  }

  /** Stores one prepared batch with the job's progress, in one transaction; answers the progress after it. */
  private async storeBatch(
    id: string,
    exporterId: string,
    { rejected, accepted }: PreparedBatch,
    progress: ImportProgress,
  ): Promise<ImportProgress> {
    const byLine = (stored: readonly unknown[]): LineOutcome[] =>
      [
        ...rejected,
        ...accepted.map(({ line }, index): LineOutcome => ({
          outcome: stored[index] ? 'IMPORTED' : 'UNCHANGED',
          line,
        })),
      ].sort((a, b) => a.line - b.line);

    try {
      return await this.retryConflicts(id, () =>
        this.dataSource.transaction(async (manager) => {
          const stored = await this.registerArtwork.registerAll(
            manager,
            exporterId,
            accepted.map(({ item }) => item),
          );
          const next = reduce(progress, { type: 'LINES_PROCESSED', lines: byLine(stored) });
          await this.save(manager, id, next);
          return next;
        }),
      );
    } catch (error) {
      if (!isLineError(error)) throw error;
    }
    // A value the database or a contract refused (a rule the checks above do not know): store
    // the batch line by line, so that only the offending lines are rejected.
    const outcomes = [...rejected];
    for (const { line, item } of accepted) {
      try {
        const [stored] = await this.retryConflicts(id, () =>
          this.dataSource.transaction((manager) =>
            this.registerArtwork.registerAll(manager, exporterId, [item]),
          ),
        );
        outcomes.push({ outcome: stored ? 'IMPORTED' : 'UNCHANGED', line });
      } catch (error) {
        if (!isLineError(error)) throw error;
        outcomes.push({
          outcome: 'REJECTED',
          line,
          message: `could not be stored: ${(error as Error).message}`,
        });
      }
    }
    const next = reduce(progress, {
      type: 'LINES_PROCESSED',
      lines: outcomes.sort((a, b) => a.line - b.line),
    });
    await this.save(this.dataSource.manager, id, next);
    return next;
  }

  /**
   * Runs a batch's transaction again when PostgreSQL rolled it back for a deadlock or a
   * serialization failure (retryTransientConflicts, a bounded number of times): batches take
   * their source ids in one order (inSourceIdOrder), but a writer taking them over several
   * statements can still deadlock with one, and such a conflict says nothing about the lines.
   * It fails the job only if it persists.
   */
  private retryConflicts<T>(jobId: string, transaction: () => Promise<T>): Promise<T> {
    return retryTransientConflicts(transaction, {
      onRetry: (error, attempt) =>
        this.logger.warn(
          `import ${jobId}: batch rolled back (${(error as Error).message}), try ${attempt + 1}`,
        ),
    });
  }

  private async save(manager: EntityManager, id: string, progress: ImportProgress): Promise<void> {
    const now = new Date();
    await manager.getRepository(ImportJobEntity).update(
      { id },
      {
        ...progressColumns(progress),
        updatedAt: now,
        finishedAt: progress.status === 'RUNNING' ? null : now,
      },
    );
  }
}

class JobInterrupted extends Error {}

type LinePrepared =
  | { readonly ok: true; readonly item: ArtworkToRegister & { readonly sourceId: string } }
  | { readonly ok: false; readonly message: string };

/** One line mapped (parseImportLine) and checked (artworkRuleViolations), as a registration is. */
function prepareLine(text: string, line: number, today: Date): LinePrepared {
  const result = parseImportLine(text, line, { defaultValue: IMPORT_DEFAULT_VALUE });
  if (!result.ok) return result;
  const attributes = withCanonicalMaterials(result.attributes);
  const problems = artworkRuleViolations(attributes, today).map((violation) => violation.message);
  if (problems.length > 0) return { ok: false, message: problems.join('; ') };
  return { ok: true, item: { attributes, sourceId: result.sourceId } };
}

function reduce(progress: ImportProgress, event: ImportProgressEvent): ImportProgress {
  return reduceImportProgress(progress, event);
}

function progressColumns(progress: ImportProgress) {
  if (progress.status === 'PENDING') throw new Error('an import job is stored once started');
  return {
    status: progress.status,
    total: progress.total,
    imported: progress.imported,
    unchanged: progress.unchanged,
    rejected: progress.rejected,
    errors: [...progress.errors],
    errorsOmitted: progress.errorsOmitted,
    failure: progress.failure ?? null,
  };
}

/** The lines holding something, numbered from 1 as in the file (blank lines are skipped). */
export function numberedLines(content: string): NumberedLine[] {
  const lines: NumberedLine[] = [];
  content.split('\n').forEach((text, index) => {
    if (text.replace(/^\uFEFF/, '').trim() !== '') lines.push({ line: index + 1, text });
  });
  return lines;
}

/** A failure of one artwork's data, not of the job: a data error, or a contract's refusal. */
function isLineError(error: unknown): boolean {
  return isDataError(error) || error instanceof PayloadValidationError;
}

/** SQLSTATE classes 22 (data exception) and 23 (integrity constraint): the row, not the database. */
function isDataError(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: unknown }).code;
  return typeof code === 'string' && /^2[23]/.test(code);
}
