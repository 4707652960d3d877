import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { loadFxRates } from '../fx-rates/fx-rate-store';
import {
  assess,
  CUSTOMS_RULE_BOOK,
  isIsoDate,
  isoDateOf,
  type Assessment,
  type AssessmentRequest,
} from './domain';

/** Runs the pure engine on the rule book, with the rates of customs' own copy. */
@Injectable()
export class AssessmentService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The engine's rate lookup is synchronous, so the rates it may need (the declaration date and
   * the days it may walk back) are read first. Throws InvalidAssessmentRequestError for a request
   * it cannot compute on. Stores nothing.
   */
  async assess(
    request: AssessmentRequest,
    manager: EntityManager = this.dataSource.manager,
    now: Date = new Date(),
  ): Promise<Assessment> {
    const date = request.date ?? isoDateOf(now);
    const fx = isIsoDate(date)
      ? await loadFxRates(manager, date, CUSTOMS_RULE_BOOK.fx.maxLookBackDays)
      : () => undefined; // the engine refuses the date itself, naming it
    return assess({ ...request, date }, { rules: CUSTOMS_RULE_BOOK, fx });
  }
}
