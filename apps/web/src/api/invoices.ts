import type { ApiClient } from './client';
import type { Invoice, InvoicePage } from './invoice.types';

export interface InvoiceQuery {
  /** Empty or absent: every status. */
  status?: string;
  page?: number;
  pageSize: number;
}

/** GET /payments/invoices (an exporter sees its own, finance every one). */
export function fetchInvoices(
  api: ApiClient,
  query: InvoiceQuery,
  signal?: AbortSignal,
): Promise<InvoicePage> {
  return api.request<InvoicePage>('/payments/invoices', {
    query: { ...query, status: query.status || undefined },
    signal,
  });
}

export function fetchInvoice(api: ApiClient, id: string, signal?: AbortSignal): Promise<Invoice> {
  return api.request<Invoice>(`/payments/invoices/${encodeURIComponent(id)}`, { signal });
}
