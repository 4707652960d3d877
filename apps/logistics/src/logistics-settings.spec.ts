import { ConfigError } from '@artbridge/platform-service';
import { CN_TEMPORARY_ADMISSION } from './admission/domain/temporary-admission';
import { loadLogisticsSettings } from './logistics-settings';

describe('loadLogisticsSettings', () => {
  it('defaults to 14 days to pay, 7 days to inspect, a poll every second, China’s admission clock', () => {
    expect(loadLogisticsSettings({})).toEqual({
      paymentDueSeconds: 1_209_600,
      inspectionSeconds: 604_800,
      deadlinePollMs: 1000,
      admission: CN_TEMPORARY_ADMISSION,
    });
    expect(CN_TEMPORARY_ADMISSION).toMatchObject({
      admissionPeriod: { months: 6 },
      extensionPeriod: { months: 6 },
      maxExtensions: 3,
      reminderOffsets: [{ days: 30 }, { days: 7 }, { days: 1 }],
    });
  });

  it('shortens the admission clock to seconds for tests, keeping 3 extensions', () => {
    expect(
      loadLogisticsSettings({
        LOGISTICS_ADMISSION_SECONDS: '6',
        LOGISTICS_ADMISSION_EXTENSION_SECONDS: '4',
        LOGISTICS_ADMISSION_REMINDER_SECONDS: '3, 1',
      }).admission,
    ).toEqual({
      ...CN_TEMPORARY_ADMISSION,
      admissionPeriod: { milliseconds: 6000 },
      extensionPeriod: { milliseconds: 4000 },
      reminderOffsets: [{ milliseconds: 3000 }, { milliseconds: 1000 }],
    });
  });

  it('refuses bad admission settings, naming each', () => {
    expect(() =>
      loadLogisticsSettings({
        LOGISTICS_ADMISSION_SECONDS: '0',
        LOGISTICS_ADMISSION_REMINDER_SECONDS: '3,soon',
      }),
    ).toThrow(
      new ConfigError('logistics', [
        "LOGISTICS_ADMISSION_SECONDS must be a whole number of seconds from 1 to 63244800, got '0'",
        "LOGISTICS_ADMISSION_REMINDER_SECONDS must be a comma-separated list of whole numbers of seconds from 1 to 63244800, got '3,soon'",
      ]),
    );
  });

  it('reads the environment; an inspection period of 0 is allowed', () => {
    expect(
      loadLogisticsSettings({
        LOGISTICS_PAYMENT_DUE_SECONDS: '1',
        LOGISTICS_INSPECTION_SECONDS: '0',
        LOGISTICS_DEADLINE_POLL_MS: ' 100 ',
      }),
    ).toMatchObject({ paymentDueSeconds: 1, inspectionSeconds: 0, deadlinePollMs: 100 });
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
