import {
  CancelInvoice,
  CancelOverdueInvoice,
  EscrowFunded,
  EscrowHeld,
  EscrowReleased,
  FxRatesPublished,
  HoldEscrow,
  ImportDeclarationCleared,
  ImportDutyInvoiceIssued,
  ImportDutyInvoicePaid,
  ImportDutyInvoicePartiallyPaid,
  ImportDutyInvoicePaymentReversed,
  InvoiceIssued,
  InvoicePartiallyPaid,
  InvoiceRefunded,
  InvoiceVoided,
  IssueInvoice,
  ReleaseEscrow,
} from '@artbridge/contracts';
import { ServiceConfig, ServicePlatformModule } from '@artbridge/platform-service';
import { DynamicModule, Module } from '@nestjs/common';
import { FxRateEntity } from './fx-rates/fx-rate.entity';
import { FxRatesController } from './fx-rates/fx-rates.controller';
import { ImportFxRatesService } from './fx-rates/import-fx-rates.service';
import { ImportDutyInvoiceHandler } from './invoices/import-duty-invoice.handler';
import { ImportDutyInvoiceService } from './invoices/import-duty-invoice.service';
import { InvoiceCommandsHandler } from './invoices/invoice-commands.handler';
import { InvoiceEntity, InvoiceLineEntity } from './invoices/invoice.entity';
import { InvoiceLifecycleService } from './invoices/invoice-lifecycle.service';
import { InvoicesController } from './invoices/invoices.controller';
import { LedgerController } from './ledger/ledger.controller';
import { PostingEntity, PostingLineEntity } from './ledger/posting.entity';
import { PAYMENTS_MIGRATIONS } from './migrations';
import { ReconciliationController } from './reconciliation/reconciliation.controller';
import {
  ReconciliationDecisionEntity,
  ReconciliationItemEntity,
} from './reconciliation/reconciliation.entity';
import { ReconciliationService } from './reconciliation/reconciliation.service';
import { ReportsController } from './reports/reports.controller';
import { ImportStatementService } from './statements/import-statement.service';
import { StatementEntryEntity, StatementImportEntity } from './statements/statement.entity';
import { StatementsController } from './statements/statements.controller';

/** Invoices, escrow, the double-entry ledger, bank statements and reconciliation. */
@Module({})
export class PaymentsModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: PaymentsModule,
      imports: [
        ServicePlatformModule.forRoot(config, {
          entities: [
            InvoiceEntity,
            InvoiceLineEntity,
            PostingEntity,
            PostingLineEntity,
            StatementImportEntity,
            StatementEntryEntity,
            ReconciliationItemEntity,
            ReconciliationDecisionEntity,
            FxRateEntity,
          ],
          migrations: PAYMENTS_MIGRATIONS,
          messages: [
            // consumed: the saga's commands
            IssueInvoice,
            CancelInvoice,
            CancelOverdueInvoice,
            ReleaseEscrow,
            HoldEscrow,
            // consumed: customs' import clearances (the import-duty invoice)
            ImportDeclarationCleared,
            // published
            InvoiceIssued,
            InvoicePartiallyPaid,
            EscrowFunded,
            EscrowHeld,
            EscrowReleased,
            InvoiceVoided,
            InvoiceRefunded,
            ImportDutyInvoiceIssued,
            ImportDutyInvoicePartiallyPaid,
            ImportDutyInvoicePaid,
            ImportDutyInvoicePaymentReversed,
            FxRatesPublished,
          ],
        }),
      ],
      controllers: [
        InvoicesController,
        InvoiceCommandsHandler,
        ImportDutyInvoiceHandler,
        StatementsController,
        ReconciliationController,
        LedgerController,
        FxRatesController,
        ReportsController,
      ],
      providers: [
        InvoiceLifecycleService,
        ImportDutyInvoiceService,
        ImportStatementService,
        ReconciliationService,
        ImportFxRatesService,
      ],
    };
  }
}
