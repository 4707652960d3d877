import {
  IpLicenceRegistered,
  IpLicenceRegisteredV1,
  IpProductRegistered,
  IpProductRegisteredV1,
  LicensedSourceItemV1,
  MoneyDto,
} from '@artbridge/contracts';
import { Principal } from '@artbridge/platform-auth';
import { Outbox } from '@artbridge/platform-messaging';
import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { ArtworkAttributes, artworkRuleViolations } from '../artworks/domain/artwork';
import { pageWindow } from '../artworks/domain/search';
import { artworkView } from '../artworks/artwork-view';
import type { ArtworkResponse } from '../artworks/artwork.response';
import {
  RegisterArtworkService,
  withCanonicalMaterials,
} from '../artworks/register-artwork.service';
import { seesOnlyOwn } from '../artworks/search-artworks.service';
import type { PageQuery } from '../shared/page-query.dto';
import {
  distinctTerritories,
  formatPercentRate,
  isoDate,
  licenceProblems,
  productRegistrationRefusal,
  royaltyPerUnit,
} from './domain/ip-licence';
import { licenceTermsOf, licenceView, ProductFacts } from './ip-licence-view';
import { RegisterIpLicenceDto, RegisterIpProductDto } from './ip-licence.dto';
import { IpLicenceEntity } from './ip-licence.entity';
import type { IpLicencePageResponse, IpLicenceResponse } from './ip-licence.response';
import { IpProductEntity } from './ip-product.entity';

/**
 * IP licences and the products made under them. A licence is its licensee's: another exporter
 * gets 404 for it, as if it did not exist; other roles see every licence.
 */
@Injectable()
export class IpLicencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly registerArtwork: RegisterArtworkService,
  ) {}

  /** Stores the licence and announces it (IpLicenceRegistered), in one transaction. */
  async register(licenseeId: string, dto: RegisterIpLicenceDto): Promise<IpLicenceResponse> {
    const territories = distinctTerritories(dto.territories);
    const problems = licenceProblems({ ...dto, territories });
    if (problems.length > 0) throw new BadRequestException(problems.map((p) => p.message));

    const licence = Object.assign(new IpLicenceEntity(), {
      id: uuidv7(),
      licenseeId,
      licensor: dto.licensor.trim(),
      sourceTitle: dto.sourceItem.title.trim(),
      sourceArtist: dto.sourceItem.artist?.trim() ?? null,
      sourceInstitutionRef: dto.sourceItem.institutionRef.trim(),
      validFrom: dto.validFrom,
      validTo: dto.validTo,
      territories,
      royaltyRate: formatPercentRate(dto.royaltyRate),
      registeredAt: new Date(),
    } satisfies IpLicenceEntity);
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(IpLicenceEntity, licence);
      const payload = Object.assign(new IpLicenceRegisteredV1(), {
        licenceId: licence.id,
        licenseeId,
        licensor: licence.licensor,
        sourceItem: Object.assign(new LicensedSourceItemV1(), {
          title: licence.sourceTitle,
          ...(licence.sourceArtist !== null && { artist: licence.sourceArtist }),
          institutionRef: licence.sourceInstitutionRef,
        }),
        validFrom: licence.validFrom,
        validTo: licence.validTo,
        territories,
        royaltyRate: licence.royaltyRate,
        registeredAt: licence.registeredAt.toISOString(),
      });
      await this.outbox.add(manager, IpLicenceRegistered, payload, { subject: licence.id });
    });
    return licenceView(licence, isoDate(new Date()));
  }

  /** Newest first: the caller's own when an exporter, every licence for other roles. */
  async list(caller: Principal, page: PageQuery): Promise<IpLicencePageResponse> {
    const { offset, limit } = pageWindow(page);
    const query = this.dataSource.getRepository(IpLicenceEntity).createQueryBuilder('licence');
    if (seesOnlyOwn(caller)) {
      query.where('licence.licenseeId = :licenseeId', { licenseeId: caller.username });
    }
    const [licences, total] = await query
      .orderBy('licence.registeredAt', 'DESC')
      .addOrderBy('licence.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    const today = isoDate(new Date());
    return {
      items: licences.map((licence) => licenceView(licence, today)),
      total,
      page: page.page ?? 1,
      pageSize: limit,
    };
  }

  async get(caller: Principal, id: string): Promise<IpLicenceResponse> {
    const licence = await this.visible(this.dataSource.manager, caller, id);
    return licenceView(licence, isoDate(new Date()));
  }

  /**
   * Registers a product (SKU) as a catalog artwork entry of category REPRODUCTION, not
   * hand-executed, linked to the licence: only the licensee, only while the licence is valid
   * (409 saying why not), one SKU once per exporter (409). The entry is announced like any
   * artwork (ArtworkRegistered) and the product with its royalty (IpProductRegistered).
   */
  async registerProduct(
    caller: Principal,
    licenceId: string,
    dto: RegisterIpProductDto,
  ): Promise<ArtworkResponse> {
    const now = new Date();
    const unitValue = MoneyDto.toMoney(dto.unitValue);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // shared lock: products are registered against the licence as it is now
        const licence = await this.visible(manager, caller, licenceId, true);
        if (licence.licenseeId !== caller.username) {
          throw new NotFoundException(`licence ${licenceId} not found`);
        }
        const refusal = productRegistrationRefusal(licenceTermsOf(licence), isoDate(now));
        if (refusal) throw new ConflictException(refusal);

        const attributes: ArtworkAttributes = withCanonicalMaterials({
          title: dto.title.trim(),
          // the image is the source item's: customs does not apply its artist lists to reproductions
          artist: { name: licence.sourceArtist ?? licence.licensor },
          // the product is made now, under the licence, whatever the age of the source
          creationYear: now.getUTCFullYear(),
          category: 'REPRODUCTION',
          handExecuted: false,
          ...(dto.materials && {
            materials: dto.materials.map(
              ({ material, weightGrams, acquiredYear, volumePercent }) => ({
                material,
                ...(weightGrams !== undefined && { weightGrams }),
                ...(acquiredYear !== undefined && { acquiredYear }),
                ...(volumePercent !== undefined && { volumePercent }),
              }),
            ),
          }),
          value: unitValue,
          // the licensee makes the product and owns it
          ownedByCreator: true,
          originCountry: dto.originCountry,
        });
        const violations = artworkRuleViolations(attributes, now);
        if (violations.length > 0) throw new BadRequestException(violations.map((v) => v.message));

        const taken = await manager.findOneBy(IpProductEntity, {
          exporterId: caller.username,
          sku: dto.sku,
        });
        if (taken) throw skuTaken(dto.sku, taken.artworkId);

        const [artwork] = await this.registerArtwork.registerAll(manager, caller.username, [
          { attributes },
        ]);
        if (!artwork) throw new Error('a product entry without a source id was not stored');
        await manager.insert(IpProductEntity, {
          artworkId: artwork.id,
          licenceId: licence.id,
          exporterId: caller.username,
          sku: dto.sku,
          productType: dto.productType,
          registeredAt: artwork.registeredAt,
        } satisfies IpProductEntity);

        const royaltyRate = formatPercentRate(licence.royaltyRate);
        const payload = Object.assign(new IpProductRegisteredV1(), {
          artworkId: artwork.id,
          licenceId: licence.id,
          exporterId: caller.username,
          sku: dto.sku,
          title: attributes.title,
          productType: dto.productType,
          unitValue: MoneyDto.from(unitValue),
          royaltyRate,
          royaltyPerUnit: MoneyDto.from(royaltyPerUnit(unitValue, royaltyRate)),
          registeredAt: artwork.registeredAt.toISOString(),
        });
        await this.outbox.add(manager, IpProductRegistered, payload, { subject: artwork.id });

        const product: ProductFacts = {
          sku: dto.sku,
          productType: dto.productType,
          licence: { id: licence.id, licensor: licence.licensor, royaltyRate },
        };
        return artworkView(artwork, product);
      });
    } catch (error) {
      // two registrations of one SKU at the same time: the unique index decides
      if (isUniqueViolation(error, 'ip_product_sku')) throw skuTaken(dto.sku);
      throw error;
    }
  }

  /** The licence if the caller may see it; 404 otherwise, as for one that does not exist. */
  private async visible(
    manager: EntityManager,
    caller: Principal,
    id: string,
    lock = false,
  ): Promise<IpLicenceEntity> {
    const licence = await manager.findOne(IpLicenceEntity, {
      where: { id },
      ...(lock && { lock: { mode: 'pessimistic_read' as const } }),
    });
    if (!licence || (seesOnlyOwn(caller) && licence.licenseeId !== caller.username)) {
      throw new NotFoundException(`licence ${id} not found`);
    }
    return licence;
  }
}

function skuTaken(sku: string, artworkId?: string): ConflictException {
  return new ConflictException(
    `sku ${sku} is already registered${artworkId ? ` (artwork ${artworkId})` : ''}`,
  );
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: unknown; constraint?: unknown };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
