import { useSearchParams } from 'react-router-dom';

/**
 * A list's status filter and page, kept in the address (`?status=&page=`) so a link and the
 * back button keep them. Another status starts again at page 1; another page keeps the status.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const show = (next: { status?: string; page?: number }) => {
    const nextStatus = next.status ?? status;
    const nextPage = next.page ?? 1;
    const query: Record<string, string> = {};
    if (nextStatus) query['status'] = nextStatus;
    if (nextPage > 1) query['page'] = String(nextPage);
    setParams(query);
  };
  return { status, page, show };
}
