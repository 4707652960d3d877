import { DEFAULT_PORTS, readStartPorts } from './ports';

describe('readStartPorts', () => {
  it('gives the documented ports when nothing is set', () => {
    expect(readStartPorts({})).toEqual(DEFAULT_PORTS);
  });

  it('takes <APP>_PORT for the gateway and each service', () => {
    expect(
      readStartPorts({
        GATEWAY_PORT: '3300',
        CATALOG_PORT: '3301',
        CUSTOMS_PORT: ' 3302 ',
        PAYMENTS_PORT: '3303',
        LOGISTICS_PORT: '',
      }),
    ).toEqual({ gateway: 3300, catalog: 3301, customs: 3302, payments: 3303, logistics: 3004 });
  });

  it('names every bad port in one error', () => {
    expect(() =>
      readStartPorts({ GATEWAY_PORT: '0', CUSTOMS_PORT: 'x', PAYMENTS_PORT: '70000' }),
    ).toThrow(
      "GATEWAY_PORT must be an integer from 1 to 65535, got '0'; " +
        "CUSTOMS_PORT must be an integer from 1 to 65535, got 'x'; " +
        "PAYMENTS_PORT must be an integer from 1 to 65535, got '70000'",
    );
  });

  it('refuses two apps on one port', () => {
    expect(() => readStartPorts({ CATALOG_PORT: '3000' })).toThrow(
      'gateway and catalog cannot both listen on port 3000',
    );
  });
});
