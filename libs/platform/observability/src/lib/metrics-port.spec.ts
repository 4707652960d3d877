import { DEFAULT_METRICS_PORTS, readMetricsPort } from './metrics-port';

describe('readMetricsPort', () => {
  it('defaults each app to a management port of its own, beside no public one', () => {
    expect(DEFAULT_METRICS_PORTS).toEqual({
      gateway: 9460,
      catalog: 9461,
      customs: 9462,
      payments: 9463,
      logistics: 9464,
    });
    const problems: string[] = [];
    expect(readMetricsPort({}, 'payments', problems)).toBe(9463);
    expect(readMetricsPort({ PAYMENTS_METRICS_PORT: '' }, 'payments', problems)).toBe(9463);
    expect(problems).toEqual([]);
  });

  it('reads 0 as a free port and off, in any case, as none', () => {
    const problems: string[] = [];
    expect(readMetricsPort({ CATALOG_METRICS_PORT: '0' }, 'catalog', problems)).toBe(0);
    expect(readMetricsPort({ CATALOG_METRICS_PORT: ' 19461 ' }, 'catalog', problems)).toBe(19461);
    expect(readMetricsPort({ CATALOG_METRICS_PORT: 'off' }, 'catalog', problems)).toBeNull();
    expect(readMetricsPort({ CATALOG_METRICS_PORT: 'OFF' }, 'catalog', problems)).toBeNull();
    expect(problems).toEqual([]);
  });

  it.each(['-1', '65536', '1.5', '0x10', 'no', 'true'])('refuses %s, naming the setting', (raw) => {
    const problems: string[] = [];
    expect(readMetricsPort({ GATEWAY_METRICS_PORT: raw }, 'gateway', problems)).toBe(9460);
    expect(problems).toEqual([
      `GATEWAY_METRICS_PORT must be an integer from 0 to 65535 or 'off', got '${raw}'`,
    ]);
  });
});
