import { bigintTransformer, MoneyColumns } from '@artbridge/platform-persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EscrowState, EscrowStatus } from '../ledger/domain/escrow';
import type { InvoiceKind, InvoiceLineKind, InvoiceStatus } from './domain/invoice';

@Entity('invoice')
export class InvoiceEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  shipmentId!: string;

  /** SHIPMENT (the saga's, one per shipment) or IMPORT_DUTY (one per import declaration). */
  @Column('text')
  kind!: InvoiceKind;

  /** Of an IMPORT_DUTY invoice: the import declaration whose duty and VAT it bills. */
  @Column('uuid', { nullable: true })
  declarationId!: string | null;

  /** from invoice_number_seq; the RF reference is made from it */
  @Column('bigint', { transformer: bigintTransformer })
  number!: bigint;

  @Column('text')
  reference!: string;

  @Column('text')
  exporterId!: string;

  @Column('text')
  buyerName!: string;

  @Column('char', { length: 2 })
  buyerCountry!: string;

  @Column('text')
  buyerAddress!: string;

  @Column(() => MoneyColumns, { prefix: 'total' })
  total!: MoneyColumns;

  /** price, freight and insurance: what escrow holds for the exporter (invoice currency) */
  @Column('bigint', { transformer: bigintTransformer })
  goodsMinor!: bigint;

  @Column('bigint', { transformer: bigintTransformer })
  dutiesMinor!: bigint;

  @Column('bigint', { transformer: bigintTransformer })
  vatMinor!: bigint;

  /** applied so far, bank charges written off included (invoice currency) */
  @Column('bigint', { transformer: bigintTransformer })
  paidMinor!: bigint;

  @Column('text')
  status!: InvoiceStatus;

  @Column('jsonb')
  escrow!: EscrowState;

  @Column('text')
  escrowStatus!: EscrowStatus;

  @Column('timestamptz')
  dueAt!: Date;

  /** YYYY-MM-DD (UTC) of dueAt, for REC-FUZZY's business-day window */
  @Column('date')
  dueDate!: string;

  /** the saga the invoice belongs to: events it causes later carry it */
  @Column('text')
  correlationId!: string;

  @Column('timestamptz')
  issuedAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;
}

@Entity('invoice_line')
export class InvoiceLineEntity {
  @PrimaryColumn('uuid')
  invoiceId!: string;

  @PrimaryColumn('int')
  position!: number;

  @Column('text')
  kind!: InvoiceLineKind;

  @Column('text')
  description!: string;

  @Column(() => MoneyColumns, { prefix: 'amount' })
  amount!: MoneyColumns;
}
