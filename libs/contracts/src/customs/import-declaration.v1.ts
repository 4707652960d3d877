import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../lib/message-definition';
import { PartyDto } from '../lib/shipment-terms.dto';
import { Streams } from '../lib/streams';
import { IsCountryCode } from '../lib/validators';
import {
  DeclarationClearedV1,
  DeclarationFiledV1,
  DeclarationInfoRequestedV1,
  DeclarationRejectedV1,
  DeclarationReviewOverdueV1,
} from './declaration.v1';

/**
 * Import declarations (key and subject: the declaration id). Customs files one itself when
 * works leave a free-trade zone's bonded storage for the domestic market
 * (logistics.shipment.bonded-released): the works are imported into the zone's country, and
 * import duty and VAT become due. Its life mirrors the export declaration's, on its own event
 * types, so that nothing waiting for the shipment's export declaration mistakes the one for
 * the other. `shipmentId` is the shipment the works travelled on; `exportDeclarationId` the
 * declaration customs filed for it, whose items were declared again.
 */
export class ImportDeclarationFiledV1 extends DeclarationFiledV1 {
  /** The country the works are imported into: the zone's. */
  @IsCountryCode()
  importCountry!: string;

  /** The free-trade zone they were released from. */
  @IsString()
  @Length(1, 300)
  zone!: string;

  @IsUUID()
  exportDeclarationId!: string;
}

export class ImportDeclarationClearedV1 extends DeclarationClearedV1 {
  @IsCountryCode()
  importCountry!: string;

  /**
   * Who owes the duties: the importer (the consignee the works were released to) and the
   * exporter that owns the shipment. Optional for the events sent before they were added;
   * customs always sends them now.
   */
  @IsOptional()
  @ValidateNested()
  @Type(() => PartyDto)
  importer?: PartyDto;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  exporterId?: string;

  /** The shipment's export declaration, whose items this one declares again. */
  @IsOptional()
  @IsUUID()
  exportDeclarationId?: string;
}

export class ImportDeclarationRejectedV1 extends DeclarationRejectedV1 {
  @IsCountryCode()
  importCountry!: string;
}

export class ImportDeclarationInfoRequestedV1 extends DeclarationInfoRequestedV1 {
  @IsCountryCode()
  importCountry!: string;
}

export class ImportDeclarationReviewOverdueV1 extends DeclarationReviewOverdueV1 {
  @IsCountryCode()
  importCountry!: string;
}

export const ImportDeclarationFiled = defineEvent(
  'customs.declaration.import-filed',
  1,
  Streams.customsDeclaration,
  ImportDeclarationFiledV1,
);
/** Cleared for the domestic market; `duties` are the import duty and VAT now due. */
export const ImportDeclarationCleared = defineEvent(
  'customs.declaration.import-cleared',
  1,
  Streams.customsDeclaration,
  ImportDeclarationClearedV1,
);
/** The import is refused (the rules prohibit it, or an officer); the works stay in bond. */
export const ImportDeclarationRejected = defineEvent(
  'customs.declaration.import-rejected',
  1,
  Streams.customsDeclaration,
  ImportDeclarationRejectedV1,
);
export const ImportDeclarationInfoRequested = defineEvent(
  'customs.declaration.import-info-requested',
  1,
  Streams.customsDeclaration,
  ImportDeclarationInfoRequestedV1,
);
export const ImportDeclarationReviewOverdue = defineEvent(
  'customs.declaration.import-review-overdue',
  1,
  Streams.customsDeclaration,
  ImportDeclarationReviewOverdueV1,
);
