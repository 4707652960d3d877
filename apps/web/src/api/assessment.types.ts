import type { Schema } from '@artbridge/public-api';

/** The customs assessment as POST /api/customs/assessments and declarations answer it. */
export type Assessment = Schema<'customs.AssessmentResponse'>;

export type Outcome = Assessment['outcome'];

export type Finding = Schema<'customs.FindingResponse'>;

export type ItemAssessment = Schema<'customs.ItemAssessmentResponse'>;

export type AppliedRate = Schema<'customs.AppliedRateResponse'>;

/** One item's duty and VAT, told apart by `status`: COMPUTED, or NOT_COMPUTED and why. */
export type DutyLine =
  Schema<'customs.ComputedDutyLineResponse'> | Schema<'customs.UncomputedDutyLineResponse'>;

export type Duties = Schema<'customs.DutiesResponse'>;
