/** Danish texts for paged lists; en and ar must have exactly these keys (checked by type). */
export const listsDa = {
  'lists.pager.label': 'Sider',
  'lists.pager.showing': 'Viser {from}–{to} af {total}',
  'lists.pager.previous': 'Forrige side',
  'lists.pager.next': 'Næste side',
  'lists.showMore': 'Vis flere',
  'lists.shownOf': 'Viser {shown} af {total}',
  'lists.participantMatchesMore': 'Viser de {shown} nyeste af {total} forløb. Se dem alle under Forløb.',
};
