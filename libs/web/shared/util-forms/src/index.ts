export * from './lib/api-error';
export { EMAIL_PATTERN, FormProblems, type Problem, type ShownProblem, problemFromApi } from './lib/form-problems';
export { type EnumName, type ListValue, enumName, enumNames, listValue } from './lib/closed-lists';
