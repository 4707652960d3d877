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
  /**
   * The customs regimes a shipment's goods are under after the journey: bonded storage in a free
   * zone, temporary admission and its return leg. Apart from the shipment stream, whose
   * lifecycle events every journey writes and no service needs, so that customs and catalog,
   * which hear these, do not read and skip those.
   */
  logisticsCustomsRegime: 'artbridge.logistics.customs-regime',
} as const;

export type Stream = (typeof Streams)[keyof typeof Streams];
