import {
  DECLARATION_KINDS,
  DECLARATION_STATUSES,
  type DeclarationKind,
  type DeclarationStatus,
} from '../../api/declaration.types';

export const QUEUE_PAGE_SIZE = 20;
export const QUEUE_SORTS = ['deadline', 'filed'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** The queue as its address says (so it can be bookmarked and the back button works). */
export interface QueueView {
  /** 'ALL': every status. */
  status: DeclarationStatus | 'ALL';
  /** 'ALL': exports and imports alike. */
  kind: DeclarationKind | 'ALL';
  sort: QueueSort;
  page: number;
}

const isStatus = (value: string | null): value is DeclarationStatus =>
  (DECLARATION_STATUSES as readonly (string | null)[]).includes(value);

const isKind = (value: string | null): value is DeclarationKind =>
  (DECLARATION_KINDS as readonly (string | null)[]).includes(value);

/**
 * `?status=&kind=&sort=&page=`; anything unknown falls back to the review queue of every kind,
 * deadline first.
 */
export function queueViewFrom(params: URLSearchParams): QueueView {
  const status = params.get('status');
  const kind = params.get('kind');
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    status: status === 'ALL' ? 'ALL' : isStatus(status) ? status : 'PENDING_REVIEW',
    kind: isKind(kind) ? kind : 'ALL',
    sort: sort === 'filed' ? 'filed' : 'deadline',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address of a view, leaving out what is the default. */
export function queueParams(view: QueueView): Record<string, string> {
  const params: Record<string, string> = {};
  if (view.status !== 'PENDING_REVIEW') params['status'] = view.status;
  if (view.kind !== 'ALL') params['kind'] = view.kind;
  if (view.sort !== 'deadline') params['sort'] = view.sort;
  if (view.page > 1) params['page'] = String(view.page);
  return params;
}
