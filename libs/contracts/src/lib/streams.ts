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
} as const;

export type Stream = (typeof Streams)[keyof typeof Streams];
