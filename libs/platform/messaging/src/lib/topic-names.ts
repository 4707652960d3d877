/**
 * Physical topic names: the contract's stream behind a deployment prefix, so that several
 * isolated deployments (test suites, say) can share one broker.
 */
export class TopicNames {
  constructor(readonly prefix = '') {}

  of(stream: string): string {
    return `${this.prefix}${stream}`;
  }

  /** Where a consumer's messages that cannot be processed go, one per consuming service. */
  deadLetter(consumer: string): string {
    return `${this.prefix}artbridge.${consumer}.dlq`;
  }
}
