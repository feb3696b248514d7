import type { listsDa } from './lists.da';

/** English texts for paged lists. */
export const listsEn: Record<keyof typeof listsDa, string> = {
  'lists.pager.label': 'Pages',
  'lists.pager.showing': 'Showing {from}–{to} of {total}',
  'lists.pager.previous': 'Previous page',
  'lists.pager.next': 'Next page',
  'lists.showMore': 'Show more',
  'lists.shownOf': 'Showing {shown} of {total}',
  'lists.participantMatchesMore': 'Showing the {shown} newest of {total} matches. See them all under Matches.',
};
