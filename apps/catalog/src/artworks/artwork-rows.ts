import { MoneyColumns } from '@artbridge/platform-persistence';
import { ArtworkEntity } from './artwork.entity';

/**
 * The artwork row as plain SQL reads it, for the saga's hot path (every reservation), where
 * TypeORM's query building and hydration cost more CPU than the query. Kept in step with
 * ArtworkEntity and the migrations.
 */
export interface ArtworkRow {
  id: string;
  exporter_id: string;
  title: string;
  artist_name: string;
  artist_birth_year: number | null;
  artist_death_year: number | null;
  artist_ethnic_minority: boolean | null;
  creation_year: number;
  creation_year_end: number | null;
  category: ArtworkEntity['category'];
  technique: string | null;
  medium: string | null;
  hand_executed: boolean;
  portrait: boolean | null;
  musical_instrument: boolean | null;
  materials: ArtworkEntity['materials'];
  /** numeric: pg hands it back as text */
  height_cm: string | null;
  width_cm: string | null;
  depth_cm: string | null;
  /** bigint: pg hands it back as text */
  value_minor: string;
  value_currency: string;
  owned_by_creator: boolean;
  origin_country: string;
  provenance: ArtworkEntity['provenance'];
  status: ArtworkEntity['status'];
  reserved_by_shipment: string | null;
  status_changed_at: Date;
  registered_at: Date;
  source_id: string | null;
}

/**
 * The columns of ArtworkRow, named rather than `*`: statements are prepared once per
 * connection, and a prepared `SELECT *` fails once a migration adds a column under it.
 */
export const ARTWORK_COLUMNS = `id, exporter_id, title, artist_name, artist_birth_year,
  artist_death_year, artist_ethnic_minority, creation_year, creation_year_end, category,
  technique, medium, hand_executed, portrait, musical_instrument, materials, height_cm,
  width_cm, depth_cm, value_minor, value_currency, owned_by_creator, origin_country, provenance,
  status, reserved_by_shipment, status_changed_at, registered_at, source_id`;

const centimetresOrNull = (text: string | null) => (text === null ? null : Number(text));

export function artworkFromRow(row: ArtworkRow): ArtworkEntity {
  return Object.assign(new ArtworkEntity(), {
    id: row.id,
    exporterId: row.exporter_id,
    title: row.title,
    artistName: row.artist_name,
    artistBirthYear: row.artist_birth_year,
    artistDeathYear: row.artist_death_year,
    artistEthnicMinority: row.artist_ethnic_minority,
    creationYear: row.creation_year,
    creationYearEnd: row.creation_year_end,
    category: row.category,
    technique: row.technique,
    medium: row.medium,
    handExecuted: row.hand_executed,
    portrait: row.portrait,
    musicalInstrument: row.musical_instrument,
    materials: row.materials,
    heightCm: centimetresOrNull(row.height_cm),
    widthCm: centimetresOrNull(row.width_cm),
    depthCm: centimetresOrNull(row.depth_cm),
    value: MoneyColumns.of({ minor: BigInt(row.value_minor), currency: row.value_currency }),
    ownedByCreator: row.owned_by_creator,
    originCountry: row.origin_country,
    provenance: row.provenance,
    status: row.status,
    reservedByShipment: row.reserved_by_shipment,
    statusChangedAt: row.status_changed_at,
    registeredAt: row.registered_at,
    sourceId: row.source_id,
  } satisfies ArtworkEntity);
}
