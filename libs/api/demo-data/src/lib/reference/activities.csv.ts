/** Copied from shared/data/activities.csv (reference data to start from; administrators edit it in the app). */
export const ACTIVITIES_CSV = `
category,key,danish,english
sport,football,Fodbold,Football
sport,handball,Håndbold,Handball
sport,swimming,Svømning,Swimming
sport,badminton,Badminton,Badminton
sport,athletics,Atletik,Athletics
sport,gymnastics,Gymnastik,Gymnastics
sport,martial-arts,Kampsport,Martial arts
sport,cycling,Cykling,Cycling
sport,fitness,Fitness,Fitness
sport,dance,Dans,Dance
sport,kayak,Kajak,Kayaking
sport,sailing,Sejlads,Sailing
culture,music,Musik,Music
culture,choir,Kor,Choir
culture,theatre,Teater,Theatre
culture,arts-crafts,Kunst og håndværk,Arts and crafts
culture,library,Bibliotek,Library
leisure,scouts,Spejder,Scouts
leisure,chess,Skak,Chess
leisure,cooking,Madlavning,Cooking
leisure,gardening,Havearbejde,Gardening
leisure,sewing,Syning,Sewing
leisure,fishing,Lystfiskeri,Fishing
leisure,hiking,Vandring,Hiking
social,culture-cafe,Kulturcafé,Culture café
social,food-cafe,Madcafé,Food café
social,clothes-bazaar,Tøjbazar,Clothes bazaar
social,womens-group,Kvindegruppe,Women's group
social,youth-club,Ungdomsklub,Youth club
social,welcome-meeting,Velkomstmøde,Welcome meeting
social,bus-tour,Guidet bustur,Guided bus tour
learning,danish-practice,Dansk sprogcafé,Danish language practice
learning,homework-help,Lektiehjælp,Homework help
learning,it-help,IT-hjælp,IT help
learning,job-search,Jobsøgning,Job search
`;
