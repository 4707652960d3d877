export * from './artwork-registered.v1';
export * from './artwork-revalued.v1';
export * from './ip-licence.v1';
export * from './reservation.v1';
