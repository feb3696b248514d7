import type { listsDa } from './lists.da';

/** Arabic texts for paged lists. */
export const listsAr: Record<keyof typeof listsDa, string> = {
  'lists.pager.label': 'الصفحات',
  'lists.pager.showing': 'عرض {from}–{to} من {total}',
  'lists.pager.previous': 'الصفحة السابقة',
  'lists.pager.next': 'الصفحة التالية',
  'lists.showMore': 'عرض المزيد',
  'lists.shownOf': 'عرض {shown} من {total}',
  'lists.participantMatchesMore': 'عرض أحدث {shown} من {total} مسارات. اطّلع عليها كلها في المسارات.',
};
