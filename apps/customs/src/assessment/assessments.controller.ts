import { BadRequestException, Body, Controller, HttpCode, Post } from '@nestjs/common';
import { toDomainAttributes } from './artwork-attributes';
import { AssessmentRequestDto } from './assessment-request.dto';
import { AssessmentResponse } from './assessment.response';
import { AssessmentService } from './assessment.service';
import { assessmentView } from './assessment.view';
import { InvalidAssessmentRequestError } from './domain';

@Controller('assessments')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentService) {}

  /** Any signed-in user: a dry run that stores nothing, hence 200 rather than 201. */
  @Post()
  @HttpCode(200)
  async assess(@Body() body: AssessmentRequestDto): Promise<AssessmentResponse> {
    try {
      const assessment = await this.assessments.assess({
        exportCountry: body.exportCountry,
        importCountry: body.importCountry,
        purpose: body.purpose,
        date: body.date,
        ftzBonded: body.ftzBonded,
        ftzReleased: body.ftzReleased,
        declarationKind: body.declarationKind,
        items: body.items.map(toDomainAttributes),
      });
      return assessmentView(assessment);
    } catch (error) {
      if (error instanceof InvalidAssessmentRequestError)
        throw new BadRequestException([...error.problems]);
      throw error;
    }
  }
}
