/** What a participant's or volunteer's profile may say; the api refuses anything else, the forms offer only these. */

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** How well a person speaks a language. */
export const LANGUAGE_LEVELS = ['native', 'fluent', 'conversational', 'basic'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** How much Danish a participant speaks. */
export const DANISH_LEVELS = ['none', 'beginner', 'intermediate', 'advanced'] as const;
export type DanishLevel = (typeof DANISH_LEVELS)[number];

/** What a participant would like help with. */
export const NEEDS = ['everyday-life', 'danish-practice', 'job-seeking', 'homework-help', 'leisure'] as const;
export type Need = (typeof NEEDS)[number];

/** Children of a household are 0–18: fritidspas and the child-certificate rule follow this age. */
export const CHILD_MAX_AGE = 18;

/** Free-text notes (intake notes, a volunteer's introduction). */
export const NOTES_MAX_LENGTH = 2000;

/** A check-in's or a meeting log's note: short, and never sensitive. */
export const FOLLOW_UP_NOTE_MAX_LENGTH = 500;
/** How long one logged meeting may have lasted, in minutes. */
export const MEETING_MINUTES = { min: 1, max: 600 } as const;
