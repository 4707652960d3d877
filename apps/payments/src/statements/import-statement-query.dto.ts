import { IsOptional, IsString, Length } from 'class-validator';

export class ImportStatementQuery {
  /** Our account a CSV export is for (a CSV does not say; camt.053 does and ignores this). */
  @IsOptional()
  @IsString()
  @Length(1, 64)
  account?: string;
}
