import { FxRates1732400000300 } from './1732400000300-fx-rates';
import { Declarations1732400000310 } from './1732400000310-declarations';
import { ImportDeclarations1732400000320 } from './1732400000320-import-declarations';
import { FtzBondedExport1732400000330 } from './1732400000330-ftz-bonded-export';
import { OfficerAssessedDuties1732400000340 } from './1732400000340-officer-assessed-duties';

/** In order; run at start. */
export const CUSTOMS_MIGRATIONS = [
  FxRates1732400000300,
  Declarations1732400000310,
  ImportDeclarations1732400000320,
  FtzBondedExport1732400000330,
  OfficerAssessedDuties1732400000340,
];
