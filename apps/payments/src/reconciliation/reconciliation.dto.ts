import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { RECONCILIATION_ITEM_STATUSES, ReconciliationItemStatus } from './reconciliation.entity';

export class ListReconciliationQuery {
  @IsOptional()
  @IsIn(RECONCILIATION_ITEM_STATUSES, {
    message: `status must be one of ${RECONCILIATION_ITEM_STATUSES.join(', ')}`,
  })
  status?: ReconciliationItemStatus;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}

export class ManualMatchDto {
  @IsUUID()
  invoiceId!: string;
}

export class DismissDto {
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
