import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { IncomingMessage } from 'node:http';
import { bodyProblem, hasBody, mediaType } from './request-bodies';

/**
 * A route that takes a `@Body()` reads JSON only: a body of any other media type is answered
 * `415 body media type … is not supported: send application/json`. Left alone, a form body
 * (what `curl -d` sends unless told otherwise) was parsed into one odd property and refused with
 * every field "missing", and a `text/plain` one was dropped with the same misleading 400.
 * Uploads read their own media types from the request and take no `@Body()`, so they pass.
 */
@Injectable()
export class JsonBodyGuard implements CanActivate {
  private readonly takesBody = new WeakMap<object, boolean>();

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<IncomingMessage>();
    if (!hasBody(request) || request.headers['content-length'] === '0') return true;
    const type = mediaType(request);
    if (type === 'application/json' || !this.routeTakesBody(context)) return true;
    throw bodyProblem(
      415,
      `media type ${type === '' ? '(none)' : type} is not supported: send application/json`,
    );
  }

  private routeTakesBody(context: ExecutionContext): boolean {
    const handler = context.getHandler();
    let takes = this.takesBody.get(handler);
    if (takes === undefined) {
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ??
        {}) as Record<string, unknown>;
      takes = Object.keys(args).some((key) => key.startsWith(`${RouteParamtypes.BODY}:`));
      this.takesBody.set(handler, takes);
    }
    return takes;
  }
}
