import type { Schema } from '@artbridge/public-api';

/**
 * What the catalog and logistics answer, as the exporter screens read them (the public API's
 * document); declarations and invoices, which other areas read too, are in api/.
 */

export type Artist = Schema<'catalog.ArtistDto'>;

export type ArtworkMaterial = Schema<'catalog.MaterialDto'>;

export type ProvenanceEntry = Schema<'catalog.ProvenanceEntryDto'>;

/**
 * The artwork attributes of API.md, the facts the customs rules need: what an artwork is
 * registered with (POST /catalog/artworks).
 */
export type ArtworkAttributes = Schema<'catalog.RegisterArtworkDto'>;

/** Every attribute, to take an artwork's attributes from it and to name the form's fields. */
export const ARTWORK_ATTRIBUTE_KEYS: readonly (keyof ArtworkAttributes)[] = [
  'title',
  'artist',
  'creationYear',
  'creationYearEnd',
  'category',
  'technique',
  'handExecuted',
  'portrait',
  'musicalInstrument',
  'medium',
  'materials',
  'dimensions',
  'value',
  'ownedByCreator',
  'originCountry',
  'provenance',
];

/**
 * An artwork as the catalog answers it (GET /catalog/artworks/{id}): its attributes, its
 * status and owner and, for a product made under an IP licence, its SKU, type, licence and
 * the royalty per unit.
 */
export type Artwork = Schema<'catalog.ArtworkResponse'>;

/** GET /catalog/artworks: one page of artworks and how many match in all. */
export type ArtworkPage = Schema<'catalog.ArtworkPageResponse'>;

/** Every country, in a licence's territories (alone). */
export const WORLD_TERRITORY = 'WORLD';

/** An IP licence an institution granted the exporter (GET /catalog/ip-licences[/{id}]). */
export type IpLicence = Schema<'catalog.IpLicenceResponse'>;

/** Where today stands in a licence's period (UTC calendar days, both ends included). */
export type IpLicenceStatus = IpLicence['status'];

export type IpLicencePage = Schema<'catalog.IpLicencePageResponse'>;

/** POST /catalog/imports: the job the upload started. */
export type ImportStarted = Schema<'catalog.ImportStartedResponse'>;

export type ImportLineError = Schema<'catalog.ImportLineErrorResponse'>;

/** GET /catalog/imports/{id}: how far an upload got, with its rejected lines. */
export type ImportJob = Schema<'catalog.ImportJobResponse'>;

export type ShipmentPackage = Schema<'logistics.PackageDto'>;

/** A row of GET /logistics/shipments. */
export type ShipmentSummary = Schema<'logistics.ShipmentSummaryResponse'>;

export type Deadline = Schema<'logistics.ShipmentDeadlineResponse'>;

export type TimelineStep = Schema<'logistics.TimelineEntryResponse'>;

/** GET /logistics/shipments/{id}, and the answer to an operator's step. */
export type Shipment = Schema<'logistics.ShipmentResponse'>;

export type ShipmentPage = Schema<'logistics.ShipmentPageResponse'>;

/** POST /logistics/shipments: the new shipment's id and where it stands. */
export type SubmittedShipment = Schema<'logistics.SubmittedShipmentResponse'>;

/** A condition report as GET /logistics/shipments/{id}/condition-reports lists it. */
export type ConditionReport = Schema<'logistics.ConditionReportResponse'>;

/** GET /logistics/shipments/{id}/condition-reports: the shipment's reports, oldest first. */
export type ConditionReportList = Schema<'logistics.ConditionReportListResponse'>;
