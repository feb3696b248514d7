/** Danish texts for paged lists; en and ar must have exactly these keys (checked by type). */
export const listsDa = {
  'lists.pager.label': 'Sider',
  'lists.pager.showing': 'Viser {from}–{to} af {total}',
  'lists.pager.previous': 'Forrige side',
  'lists.pager.next': 'Næste side',
  'lists.showMore': 'Vis flere',
  'lists.shownOf': 'Viser {shown} af {total}',
  'lists.participantMatchesMore': 'Viser de {shown} nyeste af {total} forløb. Se dem alle under Forløb.',
  'lists.family.heading': 'Find familien',
  'lists.family.search': 'Forælderens eller barnets navn',
  'lists.family.hint': 'Skriv mindst 2 bogstaver. Kun familier med børn i fritidspas-alderen (op til 18 år) vises.',
  'lists.family.searchButton': 'Søg',
  'lists.family.tooShort': 'Skriv mindst 2 bogstaver af et navn',
  'lists.family.searchFirst': 'Søg efter familien først; så kan du vælge barnet her.',
  'lists.family.noneFound':
    'Ingen familier med børn i fritidspas-alderen passer på søgningen. Børn tilføjes på deltagerens side.',
  'lists.family.found': 'Familier fundet: {count}',
  'lists.family.more': 'Viser {shown} af {total} familier. Skriv mere af navnet for at finde den rigtige.',
};
