import type { ApiClient } from './client';
import type { AuditTrail, Declaration } from './declaration.types';

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
