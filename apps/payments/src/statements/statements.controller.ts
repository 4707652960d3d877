import { CurrentUser, Principal, Roles } from '@artbridge/platform-auth';
import { Controller, Post, Query, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import {
  ApiUpload,
  FileUploadInterceptor,
  UploadedFileLike,
  uploadedText,
  ApiConflict,
} from '@artbridge/platform-service';
import { UPLOAD_LIMIT_BYTES, UPLOAD_OPTIONS } from '../shared/http/upload';
import { ImportStatementQuery } from './import-statement-query.dto';
import { ImportStatementService } from './import-statement.service';
import { StatementImportResponse } from './statement-import.response';

const STATEMENT_MEDIA_TYPES = ['application/xml', 'text/xml', 'text/csv', 'text/plain'];

@Controller('statements')
export class StatementsController {
  constructor(private readonly statements: ImportStatementService) {}

  /** camt.053 (001.02-001.08) or CSV, raw or as a multipart `file`; the same file twice books once. */
  @Post()
  @Roles('FINANCE')
  @UseInterceptors(FileUploadInterceptor(UPLOAD_OPTIONS))
  @ApiUpload(
    STATEMENT_MEDIA_TYPES,
    UPLOAD_LIMIT_BYTES,
    'A bank statement: camt.053 XML or CSV (date, amount, currency, reference, payer, iban).',
  )
  @ApiConflict(
    'the invoices this statement pays kept changing while it was reconciled: nothing was booked; import it again',
  )
  async import(
    @CurrentUser() user: Principal,
    @Req() request: IncomingMessage,
    @UploadedFile() file: UploadedFileLike | undefined,
    @Query() query: ImportStatementQuery,
  ): Promise<StatementImportResponse> {
    const content = await uploadedText(request, file, STATEMENT_MEDIA_TYPES, UPLOAD_LIMIT_BYTES);
    return this.statements.import(content, user.username, { account: query.account });
  }
}
