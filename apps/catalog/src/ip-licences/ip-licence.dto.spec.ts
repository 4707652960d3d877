import { describeValidationErrors } from '@artbridge/platform-messaging';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { RegisterIpProductDto } from './ip-licence.dto';

const problems = async (body: object) =>
  describeValidationErrors(
    await validate(plainToInstance(RegisterIpProductDto, body), { whitelist: true }),
  );

const scarf = {
  sku: 'PM-QM-SCARF-01',
  title: 'Qingming silk scarf',
  productType: 'SCARF',
  unitValue: { amount: '680.00', currency: 'CNY' },
  originCountry: 'CN',
  materials: [{ material: 'silk', weightGrams: 60.5, volumePercent: 95 }],
};

describe('RegisterIpProductDto', () => {
  it('takes a product with its materials, a weight in fractions of a gram too', async () => {
    expect(await problems(scarf)).toEqual([]);
  });

  it('refuses a material of white space only, as a registration does, naming the field', async () => {
    expect(
      await problems({ ...scarf, materials: [{ material: 'silk' }, { material: ' \t' }] }),
    ).toEqual(['materials.1.material must not be blank']);
  });

  it('keeps the contract rules of a material', async () => {
    expect(await problems({ ...scarf, materials: [{ material: '' }, { material: 7 }] })).toEqual([
      'materials.0.material must be longer than or equal to 1 characters',
      'materials.1.material must be longer than or equal to 1 and shorter than or equal to 100 characters',
      'materials.1.material must be a string',
    ]);
  });
});
