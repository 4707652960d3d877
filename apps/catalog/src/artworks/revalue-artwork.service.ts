import { ArtworkRevalued, MoneyDto } from '@artbridge/contracts';
import { Outbox } from '@artbridge/platform-messaging';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { productFactsOf } from '../ip-licences/ip-licence-view';
import { ARTWORK_COLUMNS, artworkFromRow, type ArtworkRow } from './artwork-rows';
import { artworkView } from './artwork-view';
import type { ArtworkResponse } from './artwork.response';
import { revaluationRefusal } from './domain/artwork';
import { RevalueArtworkDto } from './revalue-artwork.dto';

@Injectable()
export class RevalueArtworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Sets the value of one of the exporter's artworks (an imported work comes in at 0.00) and
   * announces it with ArtworkRevalued, in one transaction. The row is locked first, so a
   * reservation taking it meanwhile waits and reads the new value, or wins and this is 409.
   * 404 for another exporter's artwork, as for a missing one; the same value again changes
   * nothing and announces nothing.
   */
  async revalue(exporterId: string, id: string, dto: RevalueArtworkDto): Promise<ArtworkResponse> {
    const value = MoneyDto.toMoney(dto.value);
    const artwork = await this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `SELECT ${ARTWORK_COLUMNS} FROM artwork WHERE id = $1 AND exporter_id = $2 FOR UPDATE`,
        [id, exporterId],
      )) as ArtworkRow[];
      if (!row) throw new NotFoundException(`artwork ${id} not found`);
      const found = artworkFromRow(row);
      const refusal = revaluationRefusal(found.id, found.status);
      if (refusal) throw new ConflictException(refusal);
      if (found.value.minor === value.minor && found.value.currency === value.currency)
        return found;

      const revaluedAt = new Date();
      await manager.query(
        `UPDATE artwork SET value_minor = $2, value_currency = $3 WHERE id = $1`,
        [found.id, value.minor.toString(), value.currency],
      );
      await this.outbox.add(
        manager,
        ArtworkRevalued,
        {
          artworkId: found.id,
          exporterId,
          value: MoneyDto.from(value),
          revaluedAt: revaluedAt.toISOString(),
        },
        { subject: found.id },
      );
      found.value.minor = value.minor;
      found.value.currency = value.currency;
      return found;
    });
    const products = await productFactsOf(this.dataSource.manager, [artwork.id]);
    return artworkView(artwork, products.get(artwork.id));
  }
}
