import { Fragment } from 'react';
import { DateTime } from './date-time';
import { splitInstants } from './instants';

/**
 * A service's own words with the instants in them shown as every other time on the page: in the
 * user's locale and time zone (a raw UTC instant beside local times reads as a different time).
 */
export function TextWithTimes({ text }: { text: string }) {
  return (
    <>
      {splitInstants(text).map((part, index) =>
        part.instant ? (
          <DateTime key={index} iso={part.text} />
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
