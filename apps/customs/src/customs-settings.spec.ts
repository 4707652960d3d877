import { ConfigError } from '@artbridge/platform-service';
import { loadCustomsSettings } from './customs-settings';

describe('loadCustomsSettings', () => {
  it('defaults to a two-day review SLA checked every second', () => {
    expect(loadCustomsSettings({})).toEqual({ reviewSlaSeconds: 172_800, reviewPollMs: 1000 });
  });

  it('reads the environment', () => {
    expect(
      loadCustomsSettings({ CUSTOMS_REVIEW_SLA_SECONDS: '1', CUSTOMS_REVIEW_POLL_MS: '200' }),
    ).toEqual({ reviewSlaSeconds: 1, reviewPollMs: 200 });
  });

  it('reports every bad value in one line', () => {
    expect(() =>
      loadCustomsSettings({ CUSTOMS_REVIEW_SLA_SECONDS: '2 days', CUSTOMS_REVIEW_POLL_MS: '0' }),
    ).toThrow(
      new ConfigError('customs', [
        "CUSTOMS_REVIEW_SLA_SECONDS must be an integer from 1 to 31536000, got '2 days'",
        "CUSTOMS_REVIEW_POLL_MS must be an integer from 1 to 3600000, got '0'",
      ]),
    );
  });
});
