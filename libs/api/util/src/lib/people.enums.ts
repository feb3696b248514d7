import { registerEnumType } from '@nestjs/graphql';
import { GENDERS, LANGUAGE_LEVELS } from '@brobygger/shared/rules';
import { enumOf } from './enum-of';

/** Closed lists that both participants and volunteers use, as GraphQL enums. */
export const GenderModel = enumOf(GENDERS);
registerEnumType(GenderModel, { name: 'Gender' });

export const LanguageLevelModel = enumOf(LANGUAGE_LEVELS);
registerEnumType(LanguageLevelModel, { name: 'LanguageLevel', description: 'How well a person speaks a language.' });
