export * from './admission.v1';
export * from './bonded.v1';
export * from './condition.v1';
export * from './custody.v1';
export * from './shipment.v1';
