import { CurrentUser, Principal, Roles } from '@artbridge/platform-auth';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflict, UuidParamPipe } from '@artbridge/platform-service';
import { DeclarationReader } from './declaration-reader';
import { AnswerDto, AttachLicenceDto, DecisionDto, DeclarationQueryDto } from './declaration.dto';
import {
  DeclarationAuditResponse,
  DeclarationPageResponse,
  DecisionRefusedResponse,
  DeclarationResponse,
  LicenceResponse,
} from './declaration.response';
import { ReviewService } from './review.service';

const uuid = new UuidParamPipe();

@Controller('declarations')
export class DeclarationsController {
  constructor(
    private readonly reader: DeclarationReader,
    private readonly review: ReviewService,
  ) {}

  /** The officers' workbench: `?status=PENDING_REVIEW&sort=deadline`, overdue ones flagged. */
  @Get()
  @Roles('CUSTOMS_OFFICER', 'ADMIN')
  list(@Query() query: DeclarationQueryDto): Promise<DeclarationPageResponse> {
    return this.reader.list(query);
  }

  /** Officers, admins and logistics operators see every one; an exporter its own (else 404). */
  @Get(':id')
  @Roles('CUSTOMS_OFFICER', 'ADMIN', 'LOGISTICS_OPERATOR', 'EXPORTER')
  get(
    @CurrentUser() caller: Principal,
    @Param('id', uuid) id: string,
  ): Promise<DeclarationResponse> {
    return this.reader.detail(caller, id);
  }

  /** Every step with who, when, what and why, oldest first; seen by whoever sees the declaration. */
  @Get(':id/audit')
  @Roles('CUSTOMS_OFFICER', 'ADMIN', 'LOGISTICS_OPERATOR', 'EXPORTER')
  audit(
    @CurrentUser() caller: Principal,
    @Param('id', uuid) id: string,
  ): Promise<DeclarationAuditResponse> {
    return this.reader.audit(caller, id);
  }

  /**
   * APPROVE, REJECT or REQUEST_INFO; answers with the declaration as it now stands. An officer
   * may not decide a declaration of their own (403). While the engine left the duties incomplete,
   * APPROVE takes the officer's assessed `duties`; otherwise it takes none (400).
   */
  @Post(':id/decisions')
  @HttpCode(200)
  @Roles('CUSTOMS_OFFICER')
  @ApiConflict(
    "the declaration is not in a state this decision can take (`currentStatus`), an approval still needs licences (`missingLicences`), or its duties are incomplete and the approval gives none of the officer's (`duties`)",
    DecisionRefusedResponse,
  )
  async decide(
    @CurrentUser() officer: Principal,
    @Param('id', uuid) id: string,
    @Body() body: DecisionDto,
  ): Promise<DeclarationResponse> {
    await this.review.decide(officer, id, body);
    return this.reader.detail(officer, id);
  }

  /** The exporter attaches a licence to its declaration while in review; answers with it (201). */
  @Post(':id/licences')
  @Roles('EXPORTER')
  @ApiConflict('the declaration takes licences only while in review (`currentStatus`)')
  attachLicence(
    @CurrentUser() exporter: Principal,
    @Param('id', uuid) id: string,
    @Body() body: AttachLicenceDto,
  ): Promise<LicenceResponse> {
    return this.review.attachLicence(exporter, id, body);
  }

  /** Answers a request for information: the declaration goes back to the officers' queue. */
  @Post(':id/answers')
  @HttpCode(200)
  @Roles('EXPORTER')
  @ApiConflict('no question waits for an answer (`currentStatus`)')
  async answer(
    @CurrentUser() exporter: Principal,
    @Param('id', uuid) id: string,
    @Body() body: AnswerDto,
  ): Promise<DeclarationResponse> {
    await this.review.answer(exporter, id, body);
    return this.reader.detail(exporter, id);
  }
}
