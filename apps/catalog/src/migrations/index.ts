import { Artworks1732400000100 } from './1732400000100-artworks';
import { ArtworkFullModel1732400000110 } from './1732400000110-artwork-full-model';
import { ImportJobs1732400000120 } from './1732400000120-import-jobs';
import { IpLicences1732400000130 } from './1732400000130-ip-licences';
import { LoansAndReturns1732400000140 } from './1732400000140-loans-and-returns';
import { ArtworkMusicalInstrument1732400000150 } from './1732400000150-artwork-musical-instrument';
import { SearchNormalisedText1732400000160 } from './1732400000160-search-normalised-text';

/** In order; run at start. */
export const CATALOG_MIGRATIONS = [
  Artworks1732400000100,
  ArtworkFullModel1732400000110,
  ImportJobs1732400000120,
  IpLicences1732400000130,
  LoansAndReturns1732400000140,
  ArtworkMusicalInstrument1732400000150,
  SearchNormalisedText1732400000160,
];
