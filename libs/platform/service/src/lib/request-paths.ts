import { BadRequestException } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { replyWith } from './request-bodies';

/**
 * Answers a request whose path is not valid percent-encoding (`/artworks/%E0%A4%A`) with a 400
 * in the shape of every other, naming the path as the field: `path segment '%E0%A4%A' is not
 * valid percent-encoding (UTF-8)`. Left to the router, it was Express' "Failed to decode param
 * '%E0%A4%A'", a bare string that named nothing, answered by the gateway before the service
 * could. Register before the routes (at start-up, before the app is initialised).
 */
export function refuseUndecodablePaths(app: NestExpressApplication): void {
  app.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const segment = undecodableSegment(req.url ?? '');
    if (segment === undefined) return next();
    replyWith(
      res,
      new BadRequestException([
        `path segment '${segment.slice(0, 100)}' is not valid percent-encoding (UTF-8)`,
      ]),
    );
  });
}

/** The first segment of the URL's path that does not decode, if any. */
export function undecodableSegment(url: string): string | undefined {
  const path = url.split(/[?#]/, 1)[0];
  for (const segment of path.split('/')) {
    if (!segment.includes('%')) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return undefined;
}
