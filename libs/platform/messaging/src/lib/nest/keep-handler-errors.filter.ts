import { ArgumentsHost, Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/**
 * Nest's default filter for message handlers logs an error and replaces it with
 * `{ message: 'Internal server error' }`, so the consumer could no longer tell a
 * PermanentMessageError (dead-letter at once) from a transient failure, and the dead letter lost
 * its reason. This hands the consumer the error as thrown; the consumer logs and retries it.
 * startService applies it to every service's message handlers.
 */
@Catch()
export class KeepHandlerErrorsFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
