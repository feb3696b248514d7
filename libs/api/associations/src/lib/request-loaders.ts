import DataLoader = require('dataloader');

const loaders = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

/**
 * One DataLoader per HTTP request and purpose: every field of a list that asks for the same relation
 * in one request is answered by one batched query, and nothing is cached beyond the request (the
 * request object is the WeakMap key, so the loader goes with it).
 */
export function requestLoader<V>(
  request: object,
  name: string,
  batch: (keys: readonly string[]) => Promise<V[]>,
): DataLoader<string, V> {
  let byName = loaders.get(request);
  if (!byName) {
    byName = new Map();
    loaders.set(request, byName);
  }
  let loader = byName.get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(batch);
    byName.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}
