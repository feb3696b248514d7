/** Copied from shared/data/languages.csv (reference data to start from; administrators edit it in the app). */
export const LANGUAGES_CSV = `
code,english,danish,native,direction
da,Danish,Dansk,Dansk,ltr
en,English,Engelsk,English,ltr
ar,Arabic,Arabisk,العربية,rtl
ti,Tigrinya,Tigrinya,ትግርኛ,ltr
prs,Dari,Dari,دری,rtl
fa,Persian,Persisk,فارسی,rtl
ps,Pashto,Pashto,پښتو,rtl
so,Somali,Somali,Soomaali,ltr
kmr,Kurdish (Kurmanji),Kurdisk (kurmanji),Kurmancî,ltr
ckb,Kurdish (Sorani),Kurdisk (sorani),کوردی,rtl
uk,Ukrainian,Ukrainsk,Українська,ltr
ru,Russian,Russisk,Русский,ltr
tr,Turkish,Tyrkisk,Türkçe,ltr
ur,Urdu,Urdu,اردو,rtl
fr,French,Fransk,Français,ltr
`;
