export * from './shipment.v1';
