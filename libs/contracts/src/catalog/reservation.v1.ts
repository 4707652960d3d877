import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { ArtworkAttributesV1 } from '../lib/artwork-attributes.dto';
import { defineCommand, defineEvent } from '../lib/message-definition';
import { PURPOSES, Purpose } from '../lib/shipment-terms.dto';
import { Streams } from '../lib/streams';
import { IsCountryCode, ValidateNestedObjects } from '../lib/validators';

/** The artworks of one shipment, as a saga step names them. */
export class ShipmentArtworksV1 {
  @IsUUID()
  shipmentId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  artworkIds!: string[];
}

export class ReserveArtworksV1 extends ShipmentArtworksV1 {
  /** Only the exporter's own artworks can be reserved. */
  @IsString()
  @Length(1, 200)
  exporterId!: string;

  /**
   * Where the shipment goes: catalog refuses a licensed product (IP licence) bound for a country
   * outside its licence's territories. Optional for senders that predate it; catalog then
   * refuses only products whose licence is not worldwide.
   */
  @IsOptional()
  @IsCountryCode()
  destinationCountry?: string;

  /**
   * What the shipment is for: the works of a TEMPORARY_EXHIBITION are ON_LOAN once delivered, not
   * EXPORTED. Absent: treated as a sale.
   */
  @IsOptional()
  @IsIn(PURPOSES)
  purpose?: Purpose;
}

export class ReleaseArtworksV1 extends ShipmentArtworksV1 {
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class ReservedArtworkV1 {
  @IsUUID()
  artworkId!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ArtworkAttributesV1)
  attributes!: ArtworkAttributesV1;
}

export class ArtworksReservedV1 {
  @IsUUID()
  shipmentId!: string;

  @IsString()
  @Length(1, 200)
  exporterId!: string;

  /** What customs needs to assess them, as catalog knows them at reservation. */
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNestedObjects()
  @Type(() => ReservedArtworkV1)
  artworks!: ReservedArtworkV1[];
}

/**
 * NOT_LICENSED: a licensed product (IP licence) that may not go where the shipment goes, or not
 * at this date; the detail names the territory or the period.
 */
export const RESERVATION_REFUSALS = [
  'NOT_FOUND',
  'NOT_OWNED',
  'NOT_AVAILABLE',
  'NOT_LICENSED',
] as const;

export class RefusedArtworkV1 {
  @IsUUID()
  artworkId!: string;

  @IsIn(RESERVATION_REFUSALS)
  reason!: (typeof RESERVATION_REFUSALS)[number];

  @IsString()
  @Length(1, 500)
  detail!: string;
}

export class ArtworkReservationRefusedV1 {
  @IsUUID()
  shipmentId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNestedObjects()
  @Type(() => RefusedArtworkV1)
  refused!: RefusedArtworkV1[];
}

/**
 * The works of an exhibition loan are home: the loan's return leg completed. `shipmentId` is
 * the outbound shipment that held them, `artworkIds` those catalog made AVAILABLE again.
 */
export class ArtworksReturnedV1 extends ShipmentArtworksV1 {
  @IsUUID()
  returnShipmentId!: string;
}

// Commands to catalog (logistics' saga sends them; key: the shipment id).
export const ReserveArtworks = defineCommand(
  'catalog.artworks.reserve',
  1,
  Streams.catalogCommands,
  ReserveArtworksV1,
);
export const ReleaseArtworks = defineCommand(
  'catalog.artworks.release',
  1,
  Streams.catalogCommands,
  ReleaseArtworksV1,
);
export const MarkArtworksInTransit = defineCommand(
  'catalog.artworks.mark-in-transit',
  1,
  Streams.catalogCommands,
  ShipmentArtworksV1,
);
export const MarkArtworksExported = defineCommand(
  'catalog.artworks.mark-exported',
  1,
  Streams.catalogCommands,
  ShipmentArtworksV1,
);

// What catalog answers (key: the shipment id).
export const ArtworksReserved = defineEvent(
  'catalog.artworks.reserved',
  1,
  Streams.catalogArtwork,
  ArtworksReservedV1,
);
export const ArtworkReservationRefused = defineEvent(
  'catalog.artworks.reservation-refused',
  1,
  Streams.catalogArtwork,
  ArtworkReservationRefusedV1,
);
export const ArtworksReleased = defineEvent(
  'catalog.artworks.released',
  1,
  Streams.catalogArtwork,
  ShipmentArtworksV1,
);
export const ArtworksMarkedInTransit = defineEvent(
  'catalog.artworks.marked-in-transit',
  1,
  Streams.catalogArtwork,
  ShipmentArtworksV1,
);
export const ArtworksExported = defineEvent(
  'catalog.artworks.exported',
  1,
  Streams.catalogArtwork,
  ShipmentArtworksV1,
);
export const ArtworksReturned = defineEvent(
  'catalog.artworks.returned',
  1,
  Streams.catalogArtwork,
  ArtworksReturnedV1,
);
