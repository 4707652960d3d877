import { ApiError } from './api-error';
import type { ApiClient } from './client';
import {
  DECLARATION_STATUSES,
  type AuditTrail,
  type Declaration,
  type DeclarationStatus,
} from './declaration.types';

/** /customs/declarations/{id}, the root of what is asked and sent about one declaration. */
export function declarationPath(id: string): string {
  return `/customs/declarations/${encodeURIComponent(id)}`;
}

/** GET /customs/declarations/{id} (its exporter, or an officer). */
export function fetchDeclaration(
  api: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<Declaration> {
  return api.request<Declaration>(declarationPath(id), { signal });
}

/** GET …/audit: every step so far, the officer's questions among them. */
export function fetchAudit(api: ApiClient, id: string, signal?: AbortSignal): Promise<AuditTrail> {
  return api.request<AuditTrail>(`${declarationPath(id)}/audit`, { signal });
}

/** Where a declaration stands, as a refusal (409) of one of its routes says: `currentStatus`. */
export function currentStatusOf(error: unknown): DeclarationStatus | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const status = error.body['currentStatus'];
  return (DECLARATION_STATUSES as readonly unknown[]).includes(status)
    ? (status as DeclarationStatus)
    : undefined;
}
