import type { AnswerOf, operations } from '@artbridge/public-api';

type Operation = keyof operations;
type StatusOf<Op extends Operation> = keyof operations[Op]['responses'] & number;

/**
 * What `operation` answered, typed by the published document (libs/public-api), once its status
 * is the one expected: a test that reads a field the API does not have no longer compiles, and
 * an error body is never read as if it were the answer. (ServiceProcess.request has checked the
 * body against the running document already.)
 */
export async function answerOf<
  Op extends Operation,
  Status extends StatusOf<Op> = 200 & StatusOf<Op>,
>(
  response: Response,
  operation: Op,
  status: Status = 200 as Status,
): Promise<AnswerOf<Op, Status>> {
  if (response.status !== status)
    throw new Error(
      `${operation} answered ${response.status}, not ${status}: ${(await response.text()).slice(0, 500)}`,
    );
  return (await response.json()) as AnswerOf<Op, Status>;
}
