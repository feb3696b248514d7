/** Copied from shared/data/localities.csv (reference data to start from; administrators edit it in the app). */
export const LOCALITIES_CSV = `
name,postcode,lat,lon,note
Frederikssund,3600,55.8396,12.0689,town centre; municipal seat
Jægerspris,3630,55.8528,11.9837,town centre
Slangerup,3550,55.8495,12.1786,town centre
Skibby,4050,55.7500,11.9617,town centre
Kulhuse,3630,55.9375,11.9020,village at the northern tip of Hornsherred; approximate
`;
