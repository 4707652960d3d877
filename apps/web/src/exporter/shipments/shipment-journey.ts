import { FINAL_SHIPMENT_STATUSES, MISSED_WHEN_FIRED, type ShipmentStatus } from '../shared/codes';
import type { Deadline, TimelineStep } from '../shared/api-types';

/** How often a shipment's page asks for news while the journey goes on. */
export const FOLLOW_EVERY_MS = 2000;

export function isFinalStatus(status: ShipmentStatus): boolean {
  return FINAL_SHIPMENT_STATUSES.includes(status);
}

/** Past due while still running, or run out where that is a miss (payment, a loan's return). */
export function isOverdue(deadline: Deadline, now: Date): boolean {
  if (deadline.state === 'FIRED') return MISSED_WHEN_FIRED.includes(deadline.kind);
  return deadline.state === 'PENDING' && new Date(deadline.dueAt).getTime() <= now.getTime();
}

/** The running deadline that comes first, if any. */
export function nextDeadline(deadlines: Deadline[]): Deadline | undefined {
  return deadlines
    .filter((deadline) => deadline.state === 'PENDING')
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
}

/** The steps by time; steps of the same instant keep the order the service gave them. */
export function stepsInOrder(steps: TimelineStep[]): TimelineStep[] {
  return steps
    .map((step, index) => ({ step, index, at: new Date(step.at).getTime() }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ step }) => step);
}

/** What customs last said on the journey (for whoever may not read the declaration itself). */
export function lastCustomsStep(steps: TimelineStep[]): TimelineStep | undefined {
  return stepsInOrder(steps)
    .filter((step) => step.source === 'customs' || step.type.startsWith('DECLARATION_'))
    .at(-1);
}
