import { MAX_PAGE_SIZE } from '@brobygger/shared/rules';
import { InputErrorReason } from './common.errors';
import { badInput } from './domain-error';

export { MAX_PAGE_SIZE };

/** One page of a list and how many there are across pages. */
export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/**
 * Checks `offset` and `limit` of a paginated list, naming the field that is wrong: lists come in pages
 * so a municipality with thousands of matches or volunteers never gets them all in one answer.
 */
export function checkPage(offset: number, limit: number, max = MAX_PAGE_SIZE): void {
  if (!Number.isInteger(offset) || offset < 0)
    badInput('offset', InputErrorReason.OUT_OF_RANGE, 'must be a whole number, 0 or more', { min: 0 });
  if (!Number.isInteger(limit) || limit < 1 || limit > max)
    badInput('limit', InputErrorReason.OUT_OF_RANGE, `must be from 1 to ${max}`, { min: 1, max });
}
