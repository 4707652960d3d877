import { CurrentUser, Principal, Roles } from '@artbridge/platform-auth';
import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  Post,
  Query,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { pageWindow } from '../artworks/domain/search';
import { PageQuery } from '../shared/page-query.dto';
import { ImportJobEntity } from './import-job.entity';
import { ImportJobsService } from './import-jobs.service';
import {
  ImportJobPageResponse,
  ImportJobResponse,
  ImportJobSummaryResponse,
  ImportStartedResponse,
} from './import-job.response';
import {
  ApiUpload,
  FileUploadInterceptor,
  UploadedFileLike,
  uploadedText,
  UuidParamPipe,
} from '@artbridge/platform-service';
import { IMPORT_LIMIT_BYTES, IMPORT_UPLOAD_OPTIONS, JSON_LINES_MEDIA_TYPES } from './upload';

function importView(job: ImportJobEntity): ImportJobResponse {
  return {
    id: job.id,
    status: job.status,
    total: job.total,
    imported: job.imported,
    unchanged: job.unchanged,
    rejected: job.rejected,
    errors: job.errors,
    errorsOmitted: job.errorsOmitted,
    ...(job.failure !== null && { failure: job.failure }),
    createdAt: job.createdAt.toISOString(),
    ...(job.finishedAt !== null && { finishedAt: job.finishedAt.toISOString() }),
  };
}

/** A job in a list: its counts and times, without the line errors (GET /imports/{id} has them). */
function importSummary(job: ImportJobEntity): ImportJobSummaryResponse {
  const { errors: _errors, errorsOmitted: _omitted, ...summary } = importView(job);
  return summary;
}

@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportJobsService) {}

  /**
   * JSON Lines (Tate collection layout or native attributes, one record a line), raw as
   * application/x-ndjson or as a multipart `file`, up to 50 MB: 202 with the job's id at once.
   */
  @Post()
  @Roles('EXPORTER')
  @HttpCode(HttpStatus.ACCEPTED)
  @UseInterceptors(FileUploadInterceptor(IMPORT_UPLOAD_OPTIONS))
  @ApiUpload(
    JSON_LINES_MEDIA_TYPES,
    IMPORT_LIMIT_BYTES,
    'A collection export in JSON Lines, one artwork a line.',
  )
  async start(
    @CurrentUser() exporter: Principal,
    @Req() request: IncomingMessage,
    @UploadedFile() file: UploadedFileLike | undefined,
  ): Promise<ImportStartedResponse> {
    const content = await uploadedText(request, file, JSON_LINES_MEDIA_TYPES, IMPORT_LIMIT_BYTES);
    return this.imports.start(exporter.username, content);
  }

  /**
   * The caller's own imports, newest first, a page at a time: `{ items, total, page, pageSize }`,
   * each without its line errors (GET /imports/{id} has them).
   */
  @Get()
  @Roles('EXPORTER')
  async list(
    @CurrentUser() caller: Principal,
    @Query() query: PageQuery,
  ): Promise<ImportJobPageResponse> {
    const window = pageWindow(query);
    const { jobs, total } = await this.imports.list(caller.username, window);
    return {
      items: jobs.map(importSummary),
      total,
      page: query.page ?? 1,
      pageSize: window.limit,
    };
  }

  /** Progress, readable while the job runs; only the exporter who started it sees it (else 404). */
  @Get(':id')
  @Roles('EXPORTER')
  async get(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<ImportJobResponse> {
    const job = await this.imports.find(id, caller.username);
    if (!job) throw new NotFoundException(`import ${id} not found`);
    return importView(job);
  }
}
