/**
 * Topics, one per owner and stream (before the deployment's prefix). Kafka key = aggregate id,
 * so one aggregate's messages stay in order on one partition.
 */
export const Streams = {
  catalogArtwork: 'artbridge.catalog.artwork',
  catalogCommands: 'artbridge.catalog.commands',
  customsDeclaration: 'artbridge.customs.declaration',
  customsCommands: 'artbridge.customs.commands',
  paymentsInvoice: 'artbridge.payments.invoice',
  paymentsCommands: 'artbridge.payments.commands',
  paymentsFxRates: 'artbridge.payments.fx-rates',
  logisticsShipment: 'artbridge.logistics.shipment',
  logisticsCustomsRegime: 'artbridge.logistics.customs-regime',
} as const;

export type Stream = (typeof Streams)[keyof typeof Streams];

/** What each stream carries, for the published AsyncAPI document's channels. */
export const STREAM_DESCRIPTIONS: Readonly<Record<Stream, string>> = {
  [Streams.catalogArtwork]:
    'Catalog: artworks registered; reserved for a shipment or refused, released, in transit, exported, returned from a loan; IP licences and their products.',
  [Streams.catalogCommands]:
    'Commands catalog takes from the shipment saga: reserve, release, mark in transit, mark exported.',
  [Streams.customsDeclaration]:
    'Customs: export declarations filed, cleared, rejected, sent back for information and answered, overdue for review; the same for the import declarations of works leaving bonded storage.',
  [Streams.customsCommands]: 'Commands customs takes from the shipment saga: file a declaration.',
  [Streams.paymentsInvoice]:
    'Payments: invoices issued, partly paid, voided, refunded; escrow funded, held, released, unfunded again (the bank reversed the payment); import-duty invoices.',
  [Streams.paymentsCommands]:
    'Commands payments takes from the shipment saga: issue or cancel an invoice (or cancel one whose payment is overdue, unless it was paid in full), release or hold escrow.',
  [Streams.paymentsFxRates]:
    'Payments: ECB reference rates imported, which customs keeps a copy of.',
  [Streams.logisticsShipment]:
    "Logistics: a shipment's own story (submitted, dispatched, delivered, accepted, completed, cancelled; condition reports, claims, custody hand-overs). Every journey writes it and no service reads it: it is for systems outside the platform.",
  // Apart from the shipment stream so that customs and catalog, which hear these, do not read
  // and skip the lifecycle events every journey writes.
  [Streams.logisticsCustomsRegime]:
    "Logistics: the customs regime a shipment's works are under after the journey (bonded storage in a free zone, temporary admission and its return leg). Customs and catalog hear it.",
};
