import type { OpenAPIObject } from '@nestjs/swagger';
import { Inject, Injectable } from '@nestjs/common';
import { GATEWAY_CONFIG } from '../gateway-config.provider';
import type { GatewayConfig } from '../gateway-config';
import type { ServiceDocument } from './domain/merge-openapi';

/** Each service's OpenAPI document (GET <service>/docs-json), fetched when asked for. */
@Injectable()
export class ServiceDocuments {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  fetchAll(): Promise<ServiceDocument[]> {
    return Promise.all(
      Object.entries(this.config.services).map(([service, url]) => this.fetchOne(service, url)),
    );
  }

  private async fetchOne(service: string, url: string): Promise<ServiceDocument> {
    try {
      const response = await fetch(`${url}/docs-json`, {
        signal: AbortSignal.timeout(this.config.docsTimeoutMs),
      });
      if (!response.ok) return { service, problem: `answered ${response.status}` };
      const document = (await response.json()) as OpenAPIObject;
      if (typeof document?.paths !== 'object' || document.paths === null)
        return { service, problem: 'answered something that is not an OpenAPI document' };
      return { service, document };
    } catch (error) {
      const failure = error as Error & { cause?: { code?: string; message?: string } };
      const reason =
        failure.name === 'TimeoutError'
          ? `no answer in ${this.config.docsTimeoutMs} ms`
          : (failure.cause?.code ?? failure.cause?.message ?? failure.message);
      return { service, problem: `not reachable: ${reason}` };
    }
  }
}
