import { IsNotBlank } from '@artbridge/contracts';
import { PageQueryOf } from '@artbridge/platform-service';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { RECONCILIATION_ITEM_STATUSES, ReconciliationItemStatus } from './reconciliation.entity';

export class ListReconciliationQuery extends PageQueryOf({
  maxPageSize: 500,
  defaultPageSize: 100,
}) {
  @IsOptional()
  @IsIn(RECONCILIATION_ITEM_STATUSES, {
    message: `status must be one of ${RECONCILIATION_ITEM_STATUSES.join(', ')}`,
  })
  status?: ReconciliationItemStatus;
}

export class ManualMatchDto {
  @IsUUID()
  invoiceId!: string;
}

export class DismissDto {
  @IsString()
  @Length(1, 2000)
  @IsNotBlank()
  reason!: string;
}
