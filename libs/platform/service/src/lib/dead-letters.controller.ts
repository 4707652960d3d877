import { DeadLetterPageResponse, DeadLetterResponse } from './dead-letter.response';
import { PageQueryOf } from './page-query';
import { UuidParamPipe } from './uuid-param';
import { Roles } from '@artbridge/platform-auth';
import {
  DEAD_LETTER_STATUSES,
  DeadLetterAlreadyRedrivenError,
  DeadLetterNotFoundError,
  DeadLetterNotRedrivableError,
  DeadLetterStatus,
  DeadLetterStore,
  Outbox,
  StoredDeadLetter,
} from '@artbridge/platform-messaging';
import {
  ConflictException,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ApiConflict } from './openapi-errors';

export const DEAD_LETTERS_MAX_PAGE_SIZE = 500;

/** GET /dead-letters?status=&page=&pageSize= */
export class ListDeadLettersQuery extends PageQueryOf({
  maxPageSize: DEAD_LETTERS_MAX_PAGE_SIZE,
  defaultPageSize: 50,
}) {
  @ApiPropertyOptional({ enum: DEAD_LETTER_STATUSES })
  @IsOptional()
  @IsIn(DEAD_LETTER_STATUSES, {
    message: `status must be one of ${DEAD_LETTER_STATUSES.join(', ')}`,
  })
  status?: DeadLetterStatus;
}

export function deadLetterView(letter: StoredDeadLetter): DeadLetterResponse {
  let envelope: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(letter.envelope);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      envelope = parsed as Record<string, unknown>;
    }
  } catch {
    /* not JSON: shown as text */
  }
  return {
    id: letter.id,
    consumer: letter.consumer,
    status: letter.redrivenAt ? 'REDRIVEN' : 'PENDING',
    topic: letter.topic,
    partition: letter.partition,
    offset: letter.offset,
    key: letter.key,
    messageType: letter.messageType,
    messageId: letter.messageId,
    reason: letter.reason,
    error: letter.error,
    attempts: letter.attempts,
    deadLetteredAt: letter.deadLetteredAt.toISOString(),
    redrivenAt: letter.redrivenAt?.toISOString() ?? null,
    envelope,
    ...(envelope === null && { value: letter.envelope }),
  };
}

/**
 * The messages this service's consumer gave up on (ARCHITECTURE.md, "Failures"), for the
 * platform's administrators: list them, and redrive one, which puts the original message back
 * on its original topic through the outbox. Every service has these routes
 * (/api/<service>/dead-letters through the gateway); `artbridge dlq` calls them.
 */
@ApiTags('dead letters')
@Roles('ADMIN')
@Controller('dead-letters')
export class DeadLettersController {
  constructor(
    private readonly store: DeadLetterStore,
    private readonly outbox: Outbox,
  ) {}

  /** Oldest first. */
  @Get()
  async list(@Query() query: ListDeadLettersQuery): Promise<DeadLetterPageResponse> {
    const pageSize = query.pageSize ?? 50;
    const { items, total } = await this.store.list({
      status: query.status,
      offset: ((query.page ?? 1) - 1) * pageSize,
      limit: pageSize,
    });
    return { items: items.map(deadLetterView), total };
  }

  /** One dead letter, with the message as it arrived and why it was given up on. */
  @Get(':id')
  async get(@Param('id', new UuidParamPipe()) id: string): Promise<DeadLetterResponse> {
    const letter = await this.store.find(id);
    if (!letter) throw new NotFoundException(`dead letter ${id} not found`);
    return deadLetterView(letter);
  }

  /**
   * 200 with the dead letter marked redriven; 409 if it was redriven before, or if its message
   * is not an envelope (reason `invalid-envelope`): every consumer would skip it or dead-letter
   * it again, so it would only vanish.
   */
  @Post(':id/redrive')
  @HttpCode(HttpStatus.OK)
  @ApiConflict('it was redriven before, or its message is not an envelope a consumer can read')
  async redrive(@Param('id', new UuidParamPipe()) id: string): Promise<DeadLetterResponse> {
    try {
      return deadLetterView(await this.store.redrive(id, this.outbox));
    } catch (error) {
      if (error instanceof DeadLetterNotFoundError) throw new NotFoundException(error.message);
      if (
        error instanceof DeadLetterAlreadyRedrivenError ||
        error instanceof DeadLetterNotRedrivableError
      )
        throw new ConflictException(error.message);
      throw error;
    }
  }
}
