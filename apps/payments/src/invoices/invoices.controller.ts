import { CurrentUser, hasRole, Principal, Roles } from '@artbridge/platform-auth';
import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { UuidParamPipe } from '@artbridge/platform-service';
import { DataSource, FindOptionsWhere, In } from 'typeorm';
import { InvoiceEntity, InvoiceLineEntity } from './invoice.entity';
import { InvoicePageResponse, InvoiceResponse } from './invoice.response';
import { invoiceView } from './invoice.view';
import { ListInvoicesQuery } from './list-invoices.dto';

/**
 * Finance and admins see every invoice; an exporter only those of its own shipments (another's
 * is 404, as if it did not exist); other roles none.
 */
@Controller('invoices')
@Roles('FINANCE', 'ADMIN', 'EXPORTER')
export class InvoicesController {
  constructor(private readonly dataSource: DataSource) {}

  /** Invoices, newest first, by shipment or status; an exporter sees only its own. */
  @Get()
  async list(
    @CurrentUser() caller: Principal,
    @Query() query: ListInvoicesQuery,
  ): Promise<InvoicePageResponse> {
    const where: FindOptionsWhere<InvoiceEntity> = {
      ...(query.shipmentId && { shipmentId: query.shipmentId }),
      ...(query.status && { status: query.status }),
      ...(seesOnlyOwn(caller) && { exporterId: caller.username }),
    };
    const pageSize = query.pageSize ?? 50;
    const [invoices, total] = await this.dataSource.getRepository(InvoiceEntity).findAndCount({
      where,
      order: { issuedAt: 'DESC', id: 'DESC' },
      skip: ((query.page ?? 1) - 1) * pageSize,
      take: pageSize,
    });
    const lines = invoices.length
      ? await this.dataSource
          .getRepository(InvoiceLineEntity)
          .findBy({ invoiceId: In(invoices.map((invoice) => invoice.id)) })
      : [];
    return {
      items: invoices.map((invoice) =>
        invoiceView(
          invoice,
          lines.filter((line) => line.invoiceId === invoice.id),
        ),
      ),
      total,
    };
  }

  /** One invoice with its lines; another exporter's is 404. */
  @Get(':id')
  async get(
    @CurrentUser() caller: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<InvoiceResponse> {
    const invoice = await this.dataSource.getRepository(InvoiceEntity).findOneBy({ id });
    if (!invoice || (seesOnlyOwn(caller) && invoice.exporterId !== caller.username)) {
      throw new NotFoundException(`invoice ${id} not found`);
    }
    const lines = await this.dataSource.getRepository(InvoiceLineEntity).findBy({ invoiceId: id });
    return invoiceView(invoice, lines);
  }
}

function seesOnlyOwn(caller: Principal): boolean {
  return !hasRole(caller, 'FINANCE', 'ADMIN');
}
