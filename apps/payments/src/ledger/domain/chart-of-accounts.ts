/**
 * The platform's chart of accounts. The platform holds buyers' money in escrow and collects
 * duties and VAT on behalf of the authorities, so most of what it holds is owed to someone:
 * liabilities, not income.
 */

export type AccountType = 'ASSET' | 'LIABILITY' | 'EXPENSE';

export interface Account {
  readonly code: string;
  readonly name: string;
  readonly type: AccountType;
  readonly description: string;
}

export const CHART_OF_ACCOUNTS = {
  BANK: {
    code: '1000',
    name: 'Bank',
    type: 'ASSET',
    description: 'money on the platform bank accounts, as the statements show it',
  },
  BUYER_RECEIVABLE: {
    code: '1100',
    name: 'Buyer receivables',
    type: 'ASSET',
    description: 'invoiced to buyers and not yet paid',
  },
  ESCROW_AWAITING_FUNDS: {
    code: '2050',
    name: 'Escrow awaiting funds',
    type: 'LIABILITY',
    description:
      'the goods part of issued invoices (price, freight, insurance) while the invoice is not fully paid',
  },
  ESCROW_LIABILITY: {
    code: '2100',
    name: 'Escrow held',
    type: 'LIABILITY',
    description: "buyers' money held for fully paid invoices until release or refund",
  },
  EXPORTER_PAYABLE: {
    code: '2200',
    name: 'Exporter payables',
    type: 'LIABILITY',
    description: 'escrow released to exporters and not yet paid out',
  },
  DUTIES_PAYABLE: {
    code: '2300',
    name: 'Customs duties payable',
    type: 'LIABILITY',
    description: 'import duties invoiced to buyers, owed to customs',
  },
  VAT_PAYABLE: {
    code: '2310',
    name: 'VAT payable',
    type: 'LIABILITY',
    description: 'import VAT invoiced to buyers, owed to the tax authority',
  },
  PAYER_CREDITS: {
    code: '2400',
    name: 'Payer credits',
    type: 'LIABILITY',
    description: 'over-payments owed back to payers',
  },
  REFUNDS_PAYABLE: {
    code: '2500',
    name: 'Refunds payable',
    type: 'LIABILITY',
    description: 'refunds decided and not yet paid out',
  },
  BANK_SUSPENSE: {
    code: '2900',
    name: 'Bank suspense',
    type: 'LIABILITY',
    description:
      'bank movements not (yet) matched to an invoice: suggestions awaiting confirmation and exceptions',
  },
  BANK_FEES: {
    code: '6100',
    name: 'Bank fees',
    type: 'EXPENSE',
    description: 'bank charges taken from incoming payments (REC-FEE) and other bank costs',
  },
} as const satisfies Record<string, Account>;

export type AccountKey = keyof typeof CHART_OF_ACCOUNTS;

export const ACCOUNT_KEYS = Object.keys(CHART_OF_ACCOUNTS) as AccountKey[];

/** Assets and expenses grow with debits; liabilities with credits. */
export function normalSide(account: AccountKey): 'DEBIT' | 'CREDIT' {
  return CHART_OF_ACCOUNTS[account].type === 'LIABILITY' ? 'CREDIT' : 'DEBIT';
}
