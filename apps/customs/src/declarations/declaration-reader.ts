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
import { declarationSummaryView, declarationView } from './declaration.view';

/** Officers and admins see every declaration; an exporter its own; anyone else none. */
export function maySee(caller: Principal, declaration: DeclarationEntity): boolean {
  return (
    hasRole(caller, 'CUSTOMS_OFFICER', 'ADMIN') ||
    (hasRole(caller, 'EXPORTER') && declaration.exporterId === caller.username)
  );
}

export function notFound(id: string): NotFoundException {
  return new NotFoundException(`declaration ${id} not found`);
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

  async detail(caller: Principal, id: string) {
    const manager = this.dataSource.manager;
    const declaration = await this.visible(caller, id, manager);
    const [items, licences] = await Promise.all([
      manager.find(DeclarationItemEntity, {
        where: { declarationId: id },
        order: { position: 'ASC' },
      }),
      manager.find(DeclarationLicenceEntity, {
        where: { declarationId: id },
        order: { attachedAt: 'ASC' },
      }),
    ]);
    return declarationView(declaration, items, licences, new Date());
  }

  async audit(caller: Principal, id: string) {
    await this.visible(caller, id);
    const entries = await this.dataSource.manager.find(DeclarationAuditEntity, {
      where: { declarationId: id },
      order: { seq: 'ASC' },
    });
    return { declarationId: id, entries: entries.map(auditView) };
  }

  /** The officers' queue: by status, soonest deadline first when asked. */
  async list(query: DeclarationQueryDto) {
    const pageSize = query.pageSize ?? 50;
    const page = query.page ?? 1;
    const [rows, total] = await this.dataSource.manager.findAndCount(DeclarationEntity, {
      where: query.status ? { status: query.status } : {},
      order:
        query.sort === 'deadline'
          ? { reviewDueAt: { direction: 'ASC', nulls: 'LAST' }, filedAt: 'ASC', id: 'ASC' }
          : { filedAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const now = new Date();
    return { items: rows.map((row) => declarationSummaryView(row, now)), total, page, pageSize };
  }
}
