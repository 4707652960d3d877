import type {
  ImportDeclarationClearedV1,
  ImportDeclarationFiledV1,
  ImportDeclarationInfoRequestedV1,
  ImportDeclarationRejectedV1,
  ImportDeclarationReviewOverdueV1,
  ImportDutyInvoiceIssuedV1,
  ImportDutyInvoicePaymentReversedV1,
  ImportDutyInvoicePaymentV1,
  MoneyDto,
} from '@artbridge/contracts';
import { parseMoney } from '@artbridge/money';

/** A step of the works' import after they left bond, as the shipment's timeline shows it. */
export interface ImportJourneyStep {
  type: string;
  detail: string;
}

const money = (value: MoneyDto) => `${value.amount} ${value.currency}`;
const isZero = (value: MoneyDto) => parseMoney(value.amount, value.currency).minor === 0n;

/**
 * After release from bonded storage the works are imported: customs' import declaration and
 * payments' import-duty invoice are not saga steps (the shipment's own journey is over), but the
 * exporter following the shipment sees them on its timeline.
 */
export const importJourney = {
  filed: (event: ImportDeclarationFiledV1): ImportJourneyStep => ({
    type: 'IMPORT_DECLARATION_FILED',
    detail: `import declaration ${event.declarationId} filed for ${event.importCountry} on release from ${event.zone}: ${event.outcome === 'CLEAR' ? 'cleared automatically' : event.outcome === 'REVIEW' ? 'for an officer to review' : 'prohibited'}`,
  }),
  cleared: (event: ImportDeclarationClearedV1): ImportJourneyStep => ({
    type: 'IMPORT_DECLARATION_CLEARED',
    detail: `import into ${event.importCountry} cleared by ${event.decidedBy}${
      event.duties && !isZero(event.duties.total)
        ? `: duty ${money(event.duties.duty)}, VAT ${money(event.duties.vat)} due`
        : ': no duty or VAT due'
    }`,
  }),
  rejected: (event: ImportDeclarationRejectedV1): ImportJourneyStep => ({
    type: 'IMPORT_DECLARATION_REJECTED',
    detail: `import into ${event.importCountry} refused by ${event.decidedBy}: ${event.reason}${event.ruleIds.length ? ` (${event.ruleIds.join(', ')})` : ''}`,
  }),
  infoRequested: (event: ImportDeclarationInfoRequestedV1): ImportJourneyStep => ({
    type: 'IMPORT_DECLARATION_INFO_REQUESTED',
    detail: `customs (${event.decidedBy}) asks about the import into ${event.importCountry}: ${event.reason}`,
  }),
  reviewOverdue: (event: ImportDeclarationReviewOverdueV1): ImportJourneyStep => ({
    type: 'IMPORT_DECLARATION_REVIEW_OVERDUE',
    detail: `the review of import declaration ${event.declarationId} is overdue`,
  }),
  dutyInvoiced: (event: ImportDutyInvoiceIssuedV1): ImportJourneyStep => ({
    type: 'IMPORT_DUTY_INVOICED',
    detail: `import duty and VAT invoiced: ${money(event.total)}, reference ${event.reference}, due ${event.dueAt.slice(0, 10)}`,
  }),
  dutyPartiallyPaid: (event: ImportDutyInvoicePaymentV1): ImportJourneyStep => ({
    type: 'IMPORT_DUTY_PARTIALLY_PAID',
    detail: `${money(event.paid)} paid towards the import duty`,
  }),
  dutyPaid: (event: ImportDutyInvoicePaymentV1): ImportJourneyStep => ({
    type: 'IMPORT_DUTY_PAID',
    detail: `import duty and VAT paid (${money(event.paid)})`,
  }),
  /** Undoes, on the timeline, what IMPORT_DUTY_PAID or _PARTIALLY_PAID said was paid. */
  dutyPaymentReversed: (event: ImportDutyInvoicePaymentReversedV1): ImportJourneyStep => ({
    type: 'IMPORT_DUTY_PAYMENT_REVERSED',
    detail: `import duty payment of ${money(event.reversed)} reversed by the bank; ${money(event.open)} open (${
      event.status === 'OPEN' ? 'nothing paid' : `${money(event.paid)} paid`
    })`,
  }),
};
