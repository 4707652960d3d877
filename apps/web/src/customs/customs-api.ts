import type { ApiClient } from '../api/client';
import type {
  Declaration,
  DeclarationKind,
  DeclarationList,
  DeclarationStatus,
} from '../api/declaration.types';
import { declarationPath } from '../api/declarations';
import type { DecisionBody } from './customs.types';

export interface QueueQuery {
  /** Absent: every status. */
  status?: DeclarationStatus;
  /** Absent: exports and imports alike. */
  kind?: DeclarationKind;
  sort: 'deadline' | 'filed';
  page: number;
  pageSize: number;
}

/** GET /customs/declarations?status=&kind=&sort=&page=&pageSize= (CUSTOMS_OFFICER). */
export function fetchQueue(
  api: ApiClient,
  query: QueueQuery,
  signal?: AbortSignal,
): Promise<DeclarationList> {
  return api.request<DeclarationList>('/customs/declarations', { query: { ...query }, signal });
}

/** POST …/decisions: answers with the declaration as it now stands. */
export function postDecision(api: ApiClient, id: string, body: DecisionBody): Promise<Declaration> {
  return api.post<Declaration>(`${declarationPath(id)}/decisions`, body);
}
