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
  'lists.family.heading': 'ابحث عن العائلة',
  'lists.family.search': 'اسم الوالد أو الطفل',
  'lists.family.hint': 'اكتب حرفين على الأقل. تظهر فقط العائلات التي لديها أطفال في سن بطاقة الترفيه (حتى 18 سنة).',
  'lists.family.searchButton': 'بحث',
  'lists.family.tooShort': 'اكتب حرفين على الأقل من الاسم',
  'lists.family.searchFirst': 'ابحث عن العائلة أولاً، ثم اختر الطفل هنا.',
  'lists.family.noneFound': 'لا توجد عائلة لديها أطفال في سن بطاقة الترفيه تطابق البحث. يُضاف الأطفال في صفحة المشارك.',
  'lists.family.found': 'العائلات التي تم العثور عليها: {count}',
  'lists.family.more': 'عرض {shown} من {total} عائلات. اكتب المزيد من الاسم للعثور على العائلة الصحيحة.',
};
