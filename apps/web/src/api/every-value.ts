/**
 * A constant list of every value of a union the document defines (a status, a kind), in the
 * order the web shows them: the compiler refuses a list that misses a value or names one the
 * document does not have, so a code the services add is not silently left out of a filter or
 * a text table. `everyValue<Status>()(['A', 'B'])` is the list itself, typed as a tuple.
 */
export function everyValue<Union extends string>() {
  return <const List extends readonly Union[]>(
    list: List &
      ([Exclude<Union, List[number]>] extends [never]
        ? unknown
        : { missing: Exclude<Union, List[number]> }),
  ): List => list;
}
