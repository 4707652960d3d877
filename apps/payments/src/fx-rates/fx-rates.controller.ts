import { CurrentUser, Principal, Roles } from '@artbridge/platform-auth';
import { Controller, Post, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import {
  ApiUpload,
  FileUploadInterceptor,
  UploadedFileLike,
  uploadedText,
} from '@artbridge/platform-service';
import { UPLOAD_LIMIT_BYTES, UPLOAD_OPTIONS } from '../shared/http/upload';
import { FxRatesImportResponse } from './fx-rates-import.response';
import { ImportFxRatesService } from './import-fx-rates.service';

const CSV_MEDIA_TYPES = ['text/csv', 'text/plain', 'application/csv'];

@Controller('fx-rates')
export class FxRatesController {
  constructor(private readonly fxRates: ImportFxRatesService) {}

  /** An ECB reference-rate CSV (single day or history), raw or as a multipart `file`. */
  @Post()
  @Roles('FINANCE')
  @UseInterceptors(FileUploadInterceptor(UPLOAD_OPTIONS))
  @ApiUpload(CSV_MEDIA_TYPES, UPLOAD_LIMIT_BYTES, 'An ECB reference-rate CSV.')
  async import(
    @CurrentUser() user: Principal,
    @Req() request: IncomingMessage,
    @UploadedFile() file: UploadedFileLike | undefined,
  ): Promise<FxRatesImportResponse> {
    const content = await uploadedText(request, file, CSV_MEDIA_TYPES, UPLOAD_LIMIT_BYTES);
    return this.fxRates.import(content, user.username);
  }
}
