import { hasRole, type Principal } from '@artbridge/platform-auth';
import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { auditView } from './audit-trail';
import {
  DeclarationAuditEntity,
  DeclarationEntity,
  DeclarationItemEntity,
  DeclarationLicenceEntity,
} from './declaration.entity';
import type { DeclarationQueryDto } from './declaration.dto';
import type {
  DeclarationAuditResponse,
  DeclarationPageResponse,
  DeclarationResponse,
} from './declaration.response';
import {
  declarationSummaryView,
  declarationView,
  itemsSummary,
  type DeclaredValueGroup,
  type ItemsSummary,
} from './declaration.view';

/**
 * Officers and admins see every declaration, and so does a logistics operator, who reads them
 * (its shipments wait on them) but decides nothing; an exporter sees its own; anyone else none.
 */
export function maySee(caller: Principal, declaration: DeclarationEntity): boolean {
  return (
    hasRole(caller, 'CUSTOMS_OFFICER', 'ADMIN', 'LOGISTICS_OPERATOR') ||
    (hasRole(caller, 'EXPORTER') && declaration.exporterId === caller.username)
  );
}

export function notFound(id: string): NotFoundException {
  return new NotFoundException(`declaration ${id} not found`);
}

interface ValueGroupRow {
  declaration_id: string;
  currency: string;
  count: number;
  total: string;
}

interface FirstItemRow {
  declaration_id: string;
  title: string;
  artist_name: string;
}

@Injectable()
export class DeclarationReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The declaration the caller may see, or 404 as if it did not exist. */
  async visible(
    caller: Principal,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DeclarationEntity> {
    const declaration = await manager.findOneBy(DeclarationEntity, { id });
    if (!declaration || !maySee(caller, declaration)) throw notFound(id);
    return declaration;
  }

  async detail(caller: Principal, id: string): Promise<DeclarationResponse> {
    const manager = this.dataSource.manager;
    const declaration = await this.visible(caller, id, manager);
    const [items, licences, infoRequest, imported] = await Promise.all([
      manager.find(DeclarationItemEntity, {
        where: { declarationId: id },
        order: { position: 'ASC' },
      }),
      manager.find(DeclarationLicenceEntity, {
        where: { declarationId: id },
        order: { attachedAt: 'ASC' },
      }),
      declaration.status === 'INFO_REQUESTED'
        ? manager.findOne(DeclarationAuditEntity, {
            where: { declarationId: id, action: 'INFO_REQUESTED' },
            order: { seq: 'DESC' },
          })
        : null,
      declaration.kind === 'EXPORT'
        ? manager.findOne(DeclarationEntity, {
            select: { id: true },
            where: { shipmentId: declaration.shipmentId, kind: 'IMPORT' },
          })
        : null,
    ]);
    return declarationView(
      declaration,
      items,
      licences,
      { infoRequest, importDeclarationId: imported?.id ?? null },
      new Date(),
    );
  }

  async audit(caller: Principal, id: string): Promise<DeclarationAuditResponse> {
    await this.visible(caller, id);
    const entries = await this.dataSource.manager.find(DeclarationAuditEntity, {
      where: { declarationId: id },
      order: { seq: 'ASC' },
    });
    return { declarationId: id, entries: entries.map(auditView) };
  }

  /** The officers' queue: by status and kind, soonest deadline first when asked. */
  async list(query: DeclarationQueryDto): Promise<DeclarationPageResponse> {
    const pageSize = query.pageSize ?? 50;
    const page = query.page ?? 1;
    const [rows, total] = await this.dataSource.manager.findAndCount(DeclarationEntity, {
      where: {
        ...(query.status && { status: query.status }),
        ...(query.kind && { kind: query.kind }),
      },
      order:
        query.sort === 'deadline'
          ? { reviewDueAt: { direction: 'ASC', nulls: 'LAST' }, filedAt: 'ASC', id: 'ASC' }
          : { filedAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const summaries = await this.itemsSummaries(rows.map((row) => row.id));
    const now = new Date();
    return {
      items: rows.map((row) => declarationSummaryView(row, summaries.get(row.id)!, now)),
      total,
      page,
      pageSize,
    };
  }

  /** Each declaration's items in two aggregate queries, whatever the page size. */
  private async itemsSummaries(ids: readonly string[]): Promise<Map<string, ItemsSummary>> {
    if (ids.length === 0) return new Map();
    const manager = this.dataSource.manager;
    const groups: ValueGroupRow[] = await manager.query(
      `SELECT declaration_id, value_currency AS currency, count(*)::int AS count,
              sum(value_minor)::text AS total
         FROM declaration_item
        WHERE declaration_id = ANY($1::uuid[])
        GROUP BY declaration_id, value_currency`,
      [ids],
    );
    const firsts: FirstItemRow[] = await manager.query(
      `SELECT DISTINCT ON (declaration_id) declaration_id, title, artist_name
         FROM declaration_item
        WHERE declaration_id = ANY($1::uuid[])
        ORDER BY declaration_id, position`,
      [ids],
    );
    const groupsOf = new Map<string, DeclaredValueGroup[]>();
    for (const row of groups) {
      const group = { currency: row.currency, count: row.count, totalMinor: BigInt(row.total) };
      groupsOf.set(row.declaration_id, [...(groupsOf.get(row.declaration_id) ?? []), group]);
    }
    const firstOf = new Map(firsts.map((row) => [row.declaration_id, row]));
    return new Map(
      ids.map((id) => {
        const first = firstOf.get(id);
        return [
          id,
          itemsSummary(
            groupsOf.get(id) ?? [],
            first ? { title: first.title, artistName: first.artist_name } : null,
          ),
        ];
      }),
    );
  }
}
