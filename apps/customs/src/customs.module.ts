import {
  BondedEntered,
  BondedReExported,
  BondedReleased,
  DeclarationCleared,
  DeclarationFiled,
  DeclarationInfoAnswered,
  DeclarationInfoRequested,
  DeclarationRejected,
  DeclarationReviewOverdue,
  FileDeclaration,
  FxRatesPublished,
  ImportDeclarationCleared,
  ImportDeclarationFiled,
  ImportDeclarationInfoRequested,
  ImportDeclarationRejected,
  ImportDeclarationReviewOverdue,
} from '@artbridge/contracts';
import { ServiceConfig, ServicePlatformModule } from '@artbridge/platform-service';
import { DynamicModule, Module } from '@nestjs/common';
import { AssessmentService } from './assessment/assessment.service';
import { AssessmentsController } from './assessment/assessments.controller';
import { BondedStorageHandler } from './bonded-storage/bonded-storage.handler';
import { BondedStorageService } from './bonded-storage/bonded-storage.service';
import { CUSTOMS_SETTINGS, CustomsSettings, loadCustomsSettings } from './customs-settings';
import {
  DeclarationAuditEntity,
  DeclarationEntity,
  DeclarationItemEntity,
  DeclarationLicenceEntity,
} from './declarations/declaration.entity';
import { DeclarationReader } from './declarations/declaration-reader';
import { DeclarationsController } from './declarations/declarations.controller';
import { FileDeclarationHandler } from './declarations/file-declaration.handler';
import { FileDeclarationService } from './declarations/file-declaration.service';
import { ReviewDeadlinePoller } from './declarations/review-deadline.poller';
import { ReviewService } from './declarations/review.service';
import { FxRateEntity } from './fx-rates/fx-rate.entity';
import { FxRatesPublishedHandler } from './fx-rates/fx-rates-published.handler';
import { CUSTOMS_MIGRATIONS } from './migrations';

/**
 * Declarations (export, and import on release from bonded storage), classification, export and
 * import controls, duties, and the officers' review.
 */
@Module({})
export class CustomsModule {
  static forRoot(
    config: ServiceConfig,
    settings: CustomsSettings = loadCustomsSettings(),
  ): DynamicModule {
    return {
      module: CustomsModule,
      imports: [
        ServicePlatformModule.forRoot(config, {
          entities: [
            FxRateEntity,
            DeclarationEntity,
            DeclarationItemEntity,
            DeclarationLicenceEntity,
            DeclarationAuditEntity,
          ],
          migrations: CUSTOMS_MIGRATIONS,
          messages: [
            FxRatesPublished,
            FileDeclaration,
            DeclarationFiled,
            DeclarationCleared,
            DeclarationRejected,
            DeclarationInfoRequested,
            DeclarationInfoAnswered,
            DeclarationReviewOverdue,
            BondedEntered,
            BondedReleased,
            BondedReExported,
            ImportDeclarationFiled,
            ImportDeclarationCleared,
            ImportDeclarationRejected,
            ImportDeclarationInfoRequested,
            ImportDeclarationReviewOverdue,
          ],
        }),
      ],
      controllers: [
        AssessmentsController,
        DeclarationsController,
        FxRatesPublishedHandler,
        FileDeclarationHandler,
        BondedStorageHandler,
      ],
      providers: [
        { provide: CUSTOMS_SETTINGS, useValue: settings },
        AssessmentService,
        FileDeclarationService,
        DeclarationReader,
        ReviewService,
        ReviewDeadlinePoller,
        BondedStorageService,
      ],
    };
  }
}
