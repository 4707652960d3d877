import { ArtworkProjection1732400000200 } from './1732400000200-artwork-projection';
import { Shipments1732400000300 } from './1732400000300-shipments';
import { FineArtShipping1732400000400 } from './1732400000400-fine-art-shipping';
import { BondedStorage1732400000410 } from './1732400000410-bonded-storage';
import { FtzBondedShipments1732400000420 } from './1732400000420-ftz-bonded-shipments';
import { DeadlineOps1732400000430 } from './1732400000430-deadline-ops';
import { ArtworkProjectionValueChanged1732400000440 } from './1732400000440-artwork-projection-value-changed';
import { ArtworkEarlyRevaluation1732400000450 } from './1732400000450-artwork-early-revaluation';
import { ShipmentPaymentReversed1732400000460 } from './1732400000460-shipment-payment-reversed';

/** In order; run at start. */
export const LOGISTICS_MIGRATIONS = [
  ArtworkProjection1732400000200,
  Shipments1732400000300,
  FineArtShipping1732400000400,
  BondedStorage1732400000410,
  FtzBondedShipments1732400000420,
  DeadlineOps1732400000430,
  ArtworkProjectionValueChanged1732400000440,
  ArtworkEarlyRevaluation1732400000450,
  ShipmentPaymentReversed1732400000460,
];
