import type { EntityManager } from 'typeorm';
import type { AuditEntry } from './audit-trail';
import type { DeclarationEntity, DeclarationItemEntity } from './declaration.entity';

const bigintOrNull = (value: bigint | null) => (value === null ? null : value.toString());
const jsonOrNull = (value: unknown) => (value === null ? null : JSON.stringify(value));

/**
 * A declaration filed with its items and its first audit steps, in one statement: every
 * FileDeclaration of the saga comes here, and each round trip to PostgreSQL (a socket write and
 * a wake-up on both sides) costs more than the inserts themselves. The items and the steps go
 * in only if the declaration does: a shipment already declared of that kind (the unique key,
 * which also settles a race) changes nothing, and the answer is false. The steps take their
 * order on the trail (seq) from the order given. Plain SQL, kept in step with the entities and
 * the migrations; the officer-assessed duties are left null: only an officer's approval sets them.
 */
export async function insertFiling(
  manager: EntityManager,
  declaration: DeclarationEntity,
  items: readonly DeclarationItemEntity[],
  steps: readonly AuditEntry[],
): Promise<boolean> {
  const d = declaration;
  const filed: { id: string }[] = await manager.query(
    `WITH filed AS (
       INSERT INTO declaration (id, kind, shipment_id, export_declaration_id, bonded_zone,
         bonded_warehouse, bonded_released_at, ftz_bonded, exporter_id, correlation_id, status,
         outcome, declaration_date, rule_book_version, consignee_name, consignee_country,
         consignee_address, export_country, export_place, import_country, import_place, purpose,
         transport_mode, incoterm_rule, incoterm_place, price_minor, price_currency,
         duties_currency, customs_value_minor, duty_minor, vat_minor, duties_total_minor,
         duties_complete, duty_lines, filed_at, review_due_at, overdue_at, decided_by, decided_at,
         decision_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
         $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34::jsonb,
         $35, $36, $37, $38, $39, $40)
       ON CONFLICT DO NOTHING
       RETURNING id
     ), items AS (
       INSERT INTO declaration_item (declaration_id, position, artwork_id, title, artist_name,
         creation_year, category, origin_country, value_minor, value_currency, attributes,
         hs_code, outcome, findings, licences_required)
       SELECT filed.id, item.position, item.artwork_id, item.title, item.artist_name,
              item.creation_year, item.category, item.origin_country, item.value_minor,
              item.value_currency, item.attributes, item.hs_code, item.outcome, item.findings,
              item.licences_required
         FROM filed, jsonb_to_recordset($41::jsonb) AS item (position int, artwork_id uuid,
           title text, artist_name text, creation_year int, category text, origin_country text,
           value_minor bigint, value_currency text, attributes jsonb, hs_code text,
           outcome text, findings jsonb, licences_required text[])
     ), steps AS (
       INSERT INTO declaration_audit (declaration_id, at, actor, action, from_status,
         to_status, reason, details)
       SELECT filed.id, step.at, step.actor, step.action, step.from_status, step.to_status,
              step.reason, step.details
         FROM filed, jsonb_to_recordset($42::jsonb) AS step (n int, at timestamptz,
           actor text, action text, from_status text, to_status text, reason text,
           details jsonb)
        ORDER BY step.n
     )
     SELECT id FROM filed`,
    [
      d.id,
      d.kind,
      d.shipmentId,
      d.exportDeclarationId,
      d.bondedZone,
      d.bondedWarehouse,
      d.bondedReleasedAt,
      d.ftzBonded,
      d.exporterId,
      d.correlationId,
      d.status,
      d.outcome,
      d.declarationDate,
      d.ruleBookVersion,
      d.consigneeName,
      d.consigneeCountry,
      d.consigneeAddress,
      d.exportCountry,
      d.exportPlace,
      d.importCountry,
      d.importPlace,
      d.purpose,
      d.transportMode,
      d.incotermRule,
      d.incotermPlace,
      bigintOrNull(d.priceMinor),
      d.priceCurrency,
      d.dutiesCurrency,
      bigintOrNull(d.customsValueMinor),
      bigintOrNull(d.dutyMinor),
      bigintOrNull(d.vatMinor),
      bigintOrNull(d.dutiesTotalMinor),
      d.dutiesComplete,
      jsonOrNull(d.dutyLines),
      d.filedAt,
      d.reviewDueAt,
      d.overdueAt,
      d.decidedBy,
      d.decidedAt,
      d.decisionReason,
      JSON.stringify(
        items.map((item) => ({
          position: item.position,
          artwork_id: item.artworkId,
          title: item.title,
          artist_name: item.artistName,
          creation_year: item.creationYear,
          category: item.category,
          origin_country: item.originCountry,
          value_minor: item.value.minor.toString(),
          value_currency: item.value.currency,
          attributes: item.attributes,
          hs_code: item.hsCode,
          outcome: item.outcome,
          findings: item.findings,
          licences_required: item.licencesRequired,
        })),
      ),
      JSON.stringify(
        steps.map((step, n) => ({
          n,
          at: step.at,
          actor: step.actor,
          action: step.action,
          from_status: step.fromStatus ?? null,
          to_status: step.toStatus ?? null,
          reason: step.reason ?? null,
          details: step.details ?? {},
        })),
      ),
    ],
  );
  return filed.length > 0;
}
