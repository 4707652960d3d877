import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];
type Grouping = Storage['groupByPropertyName'];

const CACHED = Symbol.for('artbridge.validation-metadata-cache');

/**
 * Remembers which validation rules apply to a class. class-validator works them out again on
 * every validate call and for every nested object, testing the class against every class that
 * has rules (`instanceof`, for inherited ones): 3-4% of each service's CPU in the saga bench,
 * for an answer that changes only when a decorator registers a rule, at module load. A rule
 * registered later empties the cache, so the answer is always the one class-validator gives.
 * Installed once per process, on class-validator's own (global) storage.
 */
export function cacheValidationMetadata(storage: Storage = getMetadataStorage()): void {
  const marked = storage as Storage & { [CACHED]?: true };
  if (marked[CACHED]) return;
  marked[CACHED] = true;

  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group: Grouping = storage.groupByPropertyName.bind(storage);
  let byTarget = new Map<unknown, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();

  const forget = () => {
    byTarget = new Map();
    grouped = new WeakMap();
  };
  const register = storage.addValidationMetadata.bind(storage);
  storage.addValidationMetadata = (metadata) => {
    forget();
    register(metadata);
  };

  storage.getTargetValidationMetadatas = (target, targetSchema, always, strictGroups, groups) => {
    const key = `${targetSchema}|${always}|${strictGroups}|${groups ? groups.join('\u0000') : '-'}`;
    let forTarget = byTarget.get(target);
    if (!forTarget) byTarget.set(target, (forTarget = new Map()));
    let metadatas = forTarget.get(key);
    if (!metadatas) {
      metadatas = lookup(target, targetSchema, always, strictGroups, groups);
      forTarget.set(key, metadatas);
    }
    return metadatas;
  };
  // The executor groups the list it was given by property, each time: the same list, the same
  // grouping. Lists not from the cache are grouped afresh.
  storage.groupByPropertyName = (metadatas) => {
    let byProperty = grouped.get(metadatas);
    if (!byProperty) {
      byProperty = group(metadatas);
      grouped.set(metadatas, byProperty);
    }
    return byProperty;
  };
}
