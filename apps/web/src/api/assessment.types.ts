import type { Money } from './types';

/** The customs assessment as POST /api/customs/assessments and declarations answer it. */
export type Outcome = 'CLEAR' | 'REVIEW' | 'PROHIBITED';

export interface Finding {
  ruleId: string;
  ruleVersion?: number;
  effect: 'PROHIBITED' | 'REVIEW' | 'LICENCE_REQUIRED' | 'INFO';
  message: string;
  source: string;
  licence?: string;
}

export interface ItemAssessment {
  hsCode: string | null;
  outcome?: string;
  findings: Finding[];
  licencesRequired: string[];
}

export interface AppliedRate {
  ruleId: string;
  percent: string;
}

export type DutyLine =
  | {
      status: 'NOT_COMPUTED';
      itemIndex: number;
      hsCode: string | null;
      ruleId: string;
      reason: string;
    }
  | {
      status: string;
      itemIndex: number;
      hsCode: string | null;
      customsValue: Money;
      dutyRate: AppliedRate;
      vatRate: AppliedRate;
      duty: Money;
      vat: Money;
      total: Money;
      relief?: { kind: string; ruleId: string; suspendedDuty: Money; suspendedVat: Money };
    };

export interface Duties {
  currency: string;
  customsValue: Money;
  duty: Money;
  vat: Money;
  total: Money;
  complete: boolean;
  lines: DutyLine[];
}

export interface Assessment {
  outcome: Outcome;
  date?: string;
  ruleBookVersion?: string;
  items: ItemAssessment[];
  duties?: Duties | null;
}
