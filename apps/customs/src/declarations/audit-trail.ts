import type { EntityManager } from 'typeorm';
import { DeclarationAuditEntity, type AuditAction, type AuditDetails } from './declaration.entity';
import type { AuditEntryResponse } from './declaration.response';
import type { DeclarationStatus } from './domain/review';

export interface AuditEntry {
  readonly declarationId: string;
  readonly at: Date;
  readonly actor: string;
  readonly action: AuditAction;
  readonly fromStatus?: DeclarationStatus | null;
  readonly toStatus?: DeclarationStatus | null;
  readonly reason?: string | null;
  readonly details?: AuditDetails;
}

/** Appends steps to the trail in the caller's transaction: the step and the change commit together. */
export async function appendAudit(
  manager: EntityManager,
  ...entries: readonly AuditEntry[]
): Promise<void> {
  await manager.insert(
    DeclarationAuditEntity,
    entries.map((entry) => ({
      declarationId: entry.declarationId,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      fromStatus: entry.fromStatus ?? null,
      toStatus: entry.toStatus ?? null,
      reason: entry.reason ?? null,
      details: entry.details ?? {},
    })),
  );
}

export function auditView(entry: DeclarationAuditEntity): AuditEntryResponse {
  return {
    seq: Number(entry.seq),
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    fromStatus: entry.fromStatus,
    toStatus: entry.toStatus,
    reason: entry.reason,
    details: entry.details,
  };
}
