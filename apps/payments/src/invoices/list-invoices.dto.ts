import { PageQueryOf } from '@artbridge/platform-service';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { INVOICE_STATUSES, InvoiceStatus } from './domain/invoice';

export class ListInvoicesQuery extends PageQueryOf({ maxPageSize: 500, defaultPageSize: 50 }) {
  @IsOptional()
  @IsUUID()
  shipmentId?: string;

  @IsOptional()
  @IsIn(INVOICE_STATUSES, { message: `status must be one of ${INVOICE_STATUSES.join(', ')}` })
  status?: InvoiceStatus;
}
