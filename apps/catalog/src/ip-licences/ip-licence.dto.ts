import {
  IsCountryCode,
  IsLicenceTerritory,
  IsNotBlank,
  IsPercentRate,
  MaterialDto,
  MoneyDto,
  ValidateNestedObjects,
  WORLD_TERRITORY,
} from '@artbridge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { RegisteredMaterialDto } from '../artworks/register-artwork.dto';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export class SourceItemDto {
  @ApiProperty({ example: 'Along the River During the Qingming Festival' })
  @IsString()
  @Length(1, 500)
  @IsNotBlank()
  title!: string;

  @ApiPropertyOptional({ example: 'Zhang Zeduan' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  artist?: string;

  @ApiProperty({ description: "the institution's accession or inventory number" })
  @IsString()
  @Length(1, 200)
  @IsNotBlank()
  institutionRef!: string;
}

/** POST /ip-licences: the licence as the licensee (the calling exporter) holds it. */
export class RegisterIpLicenceDto {
  @ApiProperty({ description: 'the institution that grants the licence' })
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  licensor!: string;

  @ApiProperty({ type: SourceItemDto, description: 'the work or collection item licensed' })
  @IsObject()
  @ValidateNested()
  @Type(() => SourceItemDto)
  sourceItem!: SourceItemDto;

  @ApiProperty({ example: '2026-01-01', description: 'first day, included (UTC)' })
  @IsString()
  @Matches(DATE_SHAPE, { message: 'validFrom must be a date YYYY-MM-DD' })
  validFrom!: string;

  @ApiProperty({ example: '2027-12-31', description: 'last day, included (UTC)' })
  @IsString()
  @Matches(DATE_SHAPE, { message: 'validTo must be a date YYYY-MM-DD' })
  validTo!: string;

  @ApiProperty({
    example: ['CN', 'HK', 'MO'],
    description: `ISO countries, or ["${WORLD_TERRITORY}"]`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @IsLicenceTerritory({ each: true })
  territories!: string[];

  @ApiProperty({ example: '8.5', description: 'percent of each unit value, as a decimal string' })
  @IsPercentRate()
  royaltyRate!: string;
}

/** POST /ip-licences/{id}/products: one product (SKU) made under the licence. */
export class RegisterIpProductDto {
  @ApiProperty({ example: 'PM-QM-SCARF-01' })
  @IsString()
  @Length(1, 64)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, {
    message: 'sku must start with a letter or digit and hold only letters, digits and . _ / -',
  })
  sku!: string;

  @ApiProperty({ example: 'Qingming silk scarf' })
  @IsString()
  @Length(1, 500)
  @IsNotBlank()
  title!: string;

  @ApiProperty({ example: 'SCARF', description: 'an upper-case code: PRINT, SCARF, BOOK...' })
  @IsString()
  @Length(1, 50)
  @Matches(/^[A-Z][A-Z0-9_]*$/, {
    message: 'productType must be an upper-case code such as PRINT, SCARF, BOOK',
  })
  productType!: string;

  @ApiProperty({ example: { amount: '680.00', currency: 'CNY' }, description: 'Money' })
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  unitValue!: MoneyDto;

  @ApiProperty({ example: 'CN' })
  @IsCountryCode()
  originCountry!: string;

  // documented as the contract's MaterialDto (the same shape); checked as a registration's, so
  // that a material of white space only is refused
  @ApiPropertyOptional({ type: [MaterialDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNestedObjects()
  @Type(() => RegisteredMaterialDto)
  materials?: RegisteredMaterialDto[];
}
