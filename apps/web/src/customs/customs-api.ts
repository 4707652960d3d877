import type { ApiClient } from '../api/client';
import type {
  AuditTrail,
  Declaration,
  DeclarationList,
  DeclarationStatus,
  DecisionBody,
} from './customs.types';

export interface QueueQuery {
  /** Absent: every status. */
  status?: DeclarationStatus;
  sort: 'deadline' | 'filed';
  page: number;
  pageSize: number;
}

const base = '/customs/declarations';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** GET /customs/declarations?status=&sort=&page=&pageSize= (CUSTOMS_OFFICER). */
export function fetchQueue(
  api: ApiClient,
  query: QueueQuery,
  signal?: AbortSignal,
): Promise<DeclarationList> {
  return api.request<DeclarationList>(base, { query: { ...query }, signal });
}

export function fetchDeclaration(
  api: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<Declaration> {
  return api.request<Declaration>(one(id), { signal });
}

export function fetchAudit(api: ApiClient, id: string, signal?: AbortSignal): Promise<AuditTrail> {
  return api.request<AuditTrail>(`${one(id)}/audit`, { signal });
}

/** POST …/decisions: answers with the declaration as it now stands. */
export function postDecision(api: ApiClient, id: string, body: DecisionBody): Promise<Declaration> {
  return api.post<Declaration>(`${one(id)}/decisions`, body);
}
