import { ConfigError } from '@artbridge/platform-service';
import { loadLogisticsSettings } from './logistics-settings';

describe('loadLogisticsSettings', () => {
  it('defaults to 14 days to pay, 7 days to inspect, a poll every second', () => {
    expect(loadLogisticsSettings({})).toEqual({
      paymentDueSeconds: 1_209_600,
      inspectionSeconds: 604_800,
      deadlinePollMs: 1000,
    });
  });

  it('reads the environment; an inspection period of 0 is allowed', () => {
    expect(
      loadLogisticsSettings({
        LOGISTICS_PAYMENT_DUE_SECONDS: '1',
        LOGISTICS_INSPECTION_SECONDS: '0',
        LOGISTICS_DEADLINE_POLL_MS: ' 100 ',
      }),
    ).toEqual({ paymentDueSeconds: 1, inspectionSeconds: 0, deadlinePollMs: 100 });
  });

  it('reports every bad setting in one line', () => {
    expect(() =>
      loadLogisticsSettings({
        LOGISTICS_PAYMENT_DUE_SECONDS: '0',
        LOGISTICS_INSPECTION_SECONDS: '1.5',
        LOGISTICS_DEADLINE_POLL_MS: 'soon',
      }),
    ).toThrow(
      new ConfigError('logistics', [
        "LOGISTICS_PAYMENT_DUE_SECONDS must be a whole number of seconds from 1 to 31622400, got '0'",
        "LOGISTICS_INSPECTION_SECONDS must be a whole number of seconds from 0 to 31622400, got '1.5'",
        "LOGISTICS_DEADLINE_POLL_MS must be a whole number of milliseconds from 10 to 60000, got 'soon'",
      ]),
    );
  });

  it('refuses a negative length rather than reading it as a number', () => {
    expect(() => loadLogisticsSettings({ LOGISTICS_INSPECTION_SECONDS: '-1' })).toThrow(
      "LOGISTICS_INSPECTION_SECONDS must be a whole number of seconds from 0 to 31622400, got '-1'",
    );
  });
});
