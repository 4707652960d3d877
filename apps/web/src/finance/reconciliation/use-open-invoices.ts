import type { Invoice } from '../../api/invoice.types';
import { fetchInvoices } from '../../api/invoices';
import { useApi } from '../../auth/auth-context';
import { useLoad, type Loaded } from '../../ui/use-load';

/** The list route's largest page; more open invoices than this are reachable by id only. */
const MOST = 500;

/**
 * The invoices that still expect money (OPEN and PARTIALLY_PAID), to offer for a manual match
 * and to name a suggestion's invoice by its RF reference. The list route has no reference
 * filter, so the web looks references up in this list.
 */
export function useOpenInvoices(): Loaded<Invoice[]> {
  const api = useApi();
  return useLoad(
    async (signal) => {
      const pages = await Promise.all(
        (['OPEN', 'PARTIALLY_PAID'] as const).map((status) =>
          fetchInvoices(api, { status, pageSize: MOST }, signal),
        ),
      );
      return pages.flatMap((page) => page.items);
    },
    [api],
  );
}
