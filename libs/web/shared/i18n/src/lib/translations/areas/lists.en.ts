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
  'lists.family.heading': 'Find the family',
  'lists.family.search': 'The parent’s or the child’s name',
  'lists.family.hint': 'Type at least 2 letters. Only families with children of fritidspas age (up to 18) are shown.',
  'lists.family.searchButton': 'Search',
  'lists.family.tooShort': 'Type at least 2 letters of a name',
  'lists.family.searchFirst': 'Search for the family first; then choose the child here.',
  'lists.family.noneFound':
    'No family with children of fritidspas age fits the search. Children are added on the participant’s page.',
  'lists.family.found': 'Families found: {count}',
  'lists.family.more': 'Showing {shown} of {total} families. Type more of the name to find the right one.',
};
